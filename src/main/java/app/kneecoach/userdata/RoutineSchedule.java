package app.kneecoach.userdata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the person plans to do a routine: on these days of the week, at this time of day (to the minute).
 * The time is the person's local time wherever they are, as a calendar's floating time is.
 */
public record RoutineSchedule(String routineId, Set<DayOfWeek> days, LocalTime time) {

    public RoutineSchedule {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        time = time.truncatedTo(ChronoUnit.MINUTES);
    }

    public boolean dueOn(LocalDate day) {
        return days.contains(day.getDayOfWeek());
    }

    /** The days in week order, Monday first. */
    public Set<DayOfWeek> orderedDays() {
        return EnumSet.copyOf(days);
    }
}
