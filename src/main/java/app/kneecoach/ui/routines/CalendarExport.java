package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Routine;
import app.kneecoach.userdata.RoutineSchedule;
import app.kneecoach.userdata.RoutineStore;
import app.kneecoach.userdata.ScheduleCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every planned routine as an iCalendar file for the person's calendar app: one weekly event each, titled with the
 * routine's name, lasting as long as the routine takes with their timings, and described by its exercises with
 * their doses as the handout words them, and when to stop.
 */
final class CalendarExport {
    static final String FILE_NAME = "knee-coach-schedule.ics";
    private final Messages text;
    private final Catalog catalog;
    private final RoutineStore store;
    private final RoutineTime time;

    CalendarExport(Messages text, Catalog catalog, RoutineStore store, RoutineTime time) {
        this.text = text;
        this.catalog = catalog;
        this.store = store;
        this.time = time;
    }

    /** The schedules as they are in the store now; one whose routine is no longer there is left out. */
    String ics(LocalDate from, Instant stamp) {
        List<ScheduleCalendar.Entry> entries = store.schedules().schedules().stream()
                .flatMap(schedule -> routine(schedule.routineId()).map(r -> entry(schedule, r, from)).stream())
                .toList();
        return ScheduleCalendar.write(entries, stamp);
    }

    private ScheduleCalendar.Entry entry(RoutineSchedule schedule, Routine routine, LocalDate from) {
        return new ScheduleCalendar.Entry(schedule, text.get("schedule.calendar.title", routine.name()),
                description(routine), time.of(routine).orElse(Duration.ZERO), from);
    }

    /** The routine's length, each exercise with its dose on a line of its own, then when to stop. */
    String description(Routine routine) {
        List<String> lines = new ArrayList<>();
        String length = time.words(text, "routines.timeDetail", routine);
        if (!length.isEmpty()) {
            lines.add(length);
        }
        List<PlannedExercise> planned = PlannedExercise.of(routine, catalog);
        for (int i = 0; i < planned.size(); i++) {
            PlannedExercise p = planned.get(i);
            lines.add(text.get("schedule.calendar.item", i + 1, p.title(text),
                    RoutineDose.of(text, p.exercise().dosage(), p.choice())));
        }
        lines.add(text.get("handout.stop"));
        return String.join("\n", lines);
    }

    private Optional<Routine> routine(String id) {
        return Stream.concat(catalog.routines().stream(), store.routines().stream())
                .filter(r -> r.id().equals(id)).findFirst();
    }
}
