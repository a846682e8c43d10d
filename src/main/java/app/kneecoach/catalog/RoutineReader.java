package app.kneecoach.catalog;

import app.kneecoach.json.JsonObjectReader;
import java.util.Optional;

/** Reads routines, in the catalog and in the user's own routines file alike. */
public final class RoutineReader {
    static final int MAX_TARGET = 3600;
    static final int MAX_SETS = 10;

    private final boolean itemsRequired;

    /** @param itemsRequired built-in routines need exercises; a user's new routine may still be empty */
    public RoutineReader(boolean itemsRequired) {
        this.itemsRequired = itemsRequired;
    }

    public Optional<Routine> routine(JsonObjectReader r) {
        var id = r.id("id");
        var name = r.text("name");
        var description = r.optionalText("description");
        var items = r.objects("items", itemsRequired, this::item);
        r.rejectUnknownFields();
        if (id.isEmpty() || name.isEmpty() || items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Routine(id.get(), name.get(), description.orElse(""), items.get()));
    }

    private Optional<RoutineItem> item(JsonObjectReader r) {
        var exercise = r.id("exercise");
        var variation = r.optionalText("variation");
        var target = r.optionalInteger("target", 1, MAX_TARGET);
        var sets = r.optionalInteger("sets", 1, MAX_SETS);
        var topHold = r.optionalInteger("topHoldSeconds", 1, MAX_TARGET);
        r.rejectUnknownFields();
        return exercise.map(id -> new RoutineItem(id, variation, target, sets, topHold));
    }
}
