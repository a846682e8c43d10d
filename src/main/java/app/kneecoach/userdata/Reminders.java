package app.kneecoach.userdata;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which planned times have come since the window last looked. The window checks now and then; a check finds
 * every planned time in {@code (after, upTo]}, so none is told twice and none is lost between checks. After a
 * long gap (the computer asleep overnight) only times within {@link #STILL_WORTH_SAYING} are told: a reminder
 * for yesterday morning helps nobody.
 */
public final class Reminders {
    public static final Duration STILL_WORTH_SAYING = Duration.ofHours(2);

    private Reminders() {
    }

    /** A planned time that has come. */
    public record Reminder(RoutineSchedule schedule, LocalDateTime at) {
    }

    public static List<Reminder> between(List<RoutineSchedule> schedules, LocalDateTime after, LocalDateTime upTo) {
        LocalDateTime from = after.isBefore(upTo.minus(STILL_WORTH_SAYING)) ? upTo.minus(STILL_WORTH_SAYING) : after;
        List<Reminder> due = new ArrayList<>();
        for (LocalDate day = from.toLocalDate(); !day.isAfter(upTo.toLocalDate()); day = day.plusDays(1)) {
            for (RoutineSchedule schedule : schedules) {
                LocalDateTime at = day.atTime(schedule.time());
                if (schedule.dueOn(day) && at.isAfter(from) && !at.isAfter(upTo)) {
                    due.add(new Reminder(schedule, at));
                }
            }
        }
        due.sort(Comparator.comparing(Reminder::at).thenComparing(r -> r.schedule().routineId()));
        return due;
    }
}
