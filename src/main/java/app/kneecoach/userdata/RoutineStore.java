package app.kneecoach.userdata;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * The user's own routines, kept in the records database: created, renamed, duplicated, reordered and
 * deleted here, each change one transaction. The list is small, so it is also held in memory for the view.
 */
public final class RoutineStore {
    private final Database database;
    private final ScheduleStore schedules;
    private final ExercisePlanStore plans;
    private volatile List<Routine> routines;

    private RoutineStore(Database database, List<Routine> routines, ScheduleStore schedules,
                         ExercisePlanStore plans) {
        this.database = database;
        this.routines = List.copyOf(routines);
        this.schedules = schedules;
        this.plans = plans;
    }

    static RoutineStore open(Database database) throws IOException {
        return new RoutineStore(database, database.read(RoutineRows::readAll), ScheduleStore.open(database),
                ExercisePlanStore.open(database));
    }

    static RoutineStore empty(Database database) {
        return new RoutineStore(database, List.of(), new ScheduleStore(database, List.of()),
                ExercisePlanStore.empty(database));
    }

    /** Reads the list again, after the records were replaced by a backup's. */
    synchronized void reload() throws IOException {
        routines = List.copyOf(database.read(RoutineRows::readAll));
        schedules.reload();
        plans.reload();
    }

    /** When each routine is planned; a deleted routine's plan goes with it. */
    public ScheduleStore schedules() {
        return schedules;
    }

    /** Each exercise's accepted dose and version, and its last dismissed suggestion. */
    public ExercisePlanStore plans() {
        return plans;
    }

    public List<Routine> routines() {
        return routines;
    }

    /**
     * Takes an accepted suggestion: the exercise's plan and, in the same transaction, its dose and version in
     * every item for it in the person's own routines. Nothing changes, here or in memory, if that fails.
     */
    public synchronized void accept(Exercise exercise, Suggestion suggestion, Instant at) throws IOException {
        ExercisePlan plan = plans.of(exercise.id()).accepted(suggestion, at);
        List<Routine> changed = routines.stream().map(r -> new Routine(r.id(), r.name(), r.description(),
                r.items().stream().map(item -> item.exerciseId().equals(exercise.id())
                        ? planned(item, exercise, suggestion) : item).toList())).toList();
        database.write(c -> {
            ExercisePlanRows.put(c, plan);
            RoutineRows.replaceAll(c, changed);
            return null;
        });
        plans.remember(plan);
        routines = List.copyOf(changed);
    }

    private static RoutineItem planned(RoutineItem item, Exercise exercise, Suggestion suggestion) {
        RoutineItem dosed = new RoutineItem(item.exerciseId(), suggestion.version(),
                OptionalInt.of(suggestion.dose().target()), OptionalInt.of(suggestion.dose().sets()),
                exercise.dosage().topHoldSeconds().isPresent() ? OptionalInt.of(suggestion.dose().topHoldSeconds())
                        : OptionalInt.empty());
        // Progression keeps to the article's ranges; an item it would not fit (a changed catalog) stays as it was.
        return dosed.mismatch(exercise).isEmpty() ? dosed : item;
    }

    public Routine create(String name) throws IOException {
        return add(id -> new Routine(id, name, "", List.of()));
    }

    /** A copy the user can change, of a built-in routine or one of their own. */
    public Routine duplicate(Routine source, String name) throws IOException {
        return add(id -> new Routine(id, name, source.description(), source.items()));
    }

    public Routine rename(String id, String name) throws IOException {
        return update(id, r -> new Routine(r.id(), name, r.description(), r.items()));
    }

    /** Deletes the routine and its schedule in one transaction. */
    public synchronized void delete(String id) throws IOException {
        List<Routine> kept = routines.stream().filter(r -> !r.id().equals(id)).toList();
        database.write(c -> {
            RoutineRows.replaceAll(c, kept);
            ScheduleRows.remove(c, id);
            return null;
        });
        routines = kept;
        schedules.forget(id);
    }

    public Routine addItem(String id, RoutineItem item) throws IOException {
        return updateItems(id, items -> items.add(item));
    }

    public Routine removeItem(String id, int index) throws IOException {
        return updateItems(id, items -> items.remove(index));
    }

    public Routine setItem(String id, int index, RoutineItem item) throws IOException {
        return updateItems(id, items -> items.set(index, item));
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}); at either end nothing moves. */
    public Routine moveItem(String id, int index, int by) throws IOException {
        return updateItems(id, items -> {
            int to = index + by;
            if (to >= 0 && to < items.size()) {
                items.add(to, items.remove(index));
            }
        });
    }

    private interface ItemsChange {
        void apply(List<RoutineItem> items);
    }

    private Routine updateItems(String id, ItemsChange change) throws IOException {
        return update(id, r -> {
            List<RoutineItem> items = new ArrayList<>(r.items());
            change.apply(items);
            return new Routine(r.id(), r.name(), r.description(), items);
        });
    }

    private Routine update(String id, UnaryOperator<Routine> change) throws IOException {
        Routine changed = change.apply(routines.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no routine " + id)));
        replaceAll(routines.stream().map(r -> r.id().equals(id) ? changed : r).toList());
        return changed;
    }

    private interface Made {
        Routine with(String id);
    }

    /** Adds a routine under an id never given before, at the end of the list. */
    private synchronized Routine add(Made made) throws IOException {
        Routine routine = database.write(c -> {
            Routine fresh = made.with(RoutineRows.freshId(c));
            RoutineRows.insert(c, fresh, routines.size());
            return fresh;
        });
        List<Routine> all = new ArrayList<>(routines);
        all.add(routine);
        routines = List.copyOf(all);
        return routine;
    }

    /** The list as changed, written whole; the list held here changes only once that is committed. */
    private synchronized void replaceAll(List<Routine> changed) throws IOException {
        database.write(c -> {
            RoutineRows.replaceAll(c, changed);
            return null;
        });
        routines = List.copyOf(changed);
    }
}
