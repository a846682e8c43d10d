package app.kneecoach.catalog;

import java.util.List;

/** A sequence of exercises done one after another: a built-in program or one the user made. */
public record Routine(String id, String name, String description, List<RoutineItem> items) {
    /** The longest name the window lets a person give a routine (older files may hold longer ones: kept). */
    public static final int NAME_MAX = 80;

    public Routine {
        items = List.copyOf(items);
    }
}
