package app.kneecoach.userdata;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * When the person plans to do each routine, kept in the records database (so backups hold it) and in memory for
 * the window. Built-in routines can be scheduled too: a schedule names its routine by id only.
 */
public final class ScheduleStore {
    private final Database database;
    private volatile List<RoutineSchedule> schedules;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    ScheduleStore(Database database, List<RoutineSchedule> schedules) {
        this.database = database;
        this.schedules = List.copyOf(schedules);
    }

    static ScheduleStore open(Database database) throws IOException {
        return new ScheduleStore(database, database.read(ScheduleRows::readAll));
    }

    synchronized void reload() throws IOException {
        schedules = List.copyOf(database.read(ScheduleRows::readAll));
        changed();
    }

    /**
     * Tells {@code listener} after each change (a schedule set or removed, its routine deleted, a restore), on the
     * thread that made it: what shows the plan elsewhere in the window follows an edit made in one place.
     */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public List<RoutineSchedule> schedules() {
        return schedules;
    }

    public Optional<RoutineSchedule> of(String routineId) {
        return schedules.stream().filter(s -> s.routineId().equals(routineId)).findFirst();
    }

    /** Sets or replaces the routine's schedule. */
    public synchronized void put(RoutineSchedule schedule) throws IOException {
        database.write(c -> {
            ScheduleRows.put(c, schedule);
            return null;
        });
        schedules = Stream.concat(others(schedule.routineId()), Stream.of(schedule)).toList();
        changed();
    }

    public synchronized void remove(String routineId) throws IOException {
        database.write(c -> {
            ScheduleRows.remove(c, routineId);
            return null;
        });
        schedules = others(routineId).toList();
        changed();
    }

    /** After the routine's row and its schedule were deleted together. */
    void forget(String routineId) {
        schedules = others(routineId).toList();
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private Stream<RoutineSchedule> others(String routineId) {
        return schedules.stream().filter(s -> !s.routineId().equals(routineId));
    }
}
