package app.kneecoach.catalog;

import java.util.List;

/** A sequence of exercises done one after another: a built-in program or one the user made. */
public record Routine(String id, String name, String description, List<RoutineItem> items) {
    public Routine {
        items = List.copyOf(items);
    }
}
