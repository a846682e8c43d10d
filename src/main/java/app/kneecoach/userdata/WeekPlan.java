package app.kneecoach.userdata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * This week (Monday to Sunday) against the plan: what is due today and whether it was done, and how many of the
 * planned days so far had their routine. A routine counts as done on a day when a session of it on that day
 * finished at least one set; sessions name their routine as it was called then, so they are matched by name.
 *
 * @param today   the routines planned for today, earliest first
 * @param planned the planned (routine, day) pairs from Monday up to and including today
 * @param kept    how many of those had a session
 * @param ahead   the planned pairs still to come this week, after today
 */
public record WeekPlan(List<Due> today, int planned, int kept, int ahead) {

    public WeekPlan {
        today = List.copyOf(today);
    }

    /** A routine planned for today, and whether it has been done. */
    public record Due(String routineId, String routineName, LocalTime time, boolean done) {
    }

    /**
     * @param routineNames each scheduled routine's current name by id; schedules of routines no longer there are
     *                     left out
     * @param thisWeek     the sessions from this week's Monday on (more are ignored)
     */
    public static WeekPlan of(List<RoutineSchedule> schedules, Map<String, String> routineNames,
                              List<SessionRecord> thisWeek, LocalDate today, ZoneId zone) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Set<String> doneOn = thisWeek.stream().filter(SessionRecord::anySetDone)
                .filter(s -> s.routineName().isPresent())
                .map(s -> key(s.routineName().get(), s.startedAt().atZone(zone).toLocalDate()))
                .collect(Collectors.toSet());
        List<Due> due = new ArrayList<>();
        int planned = 0;
        int kept = 0;
        int ahead = 0;
        for (RoutineSchedule schedule : schedules) {
            String name = routineNames.get(schedule.routineId());
            if (name == null) {
                continue;
            }
            for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
                if (!schedule.dueOn(day)) {
                    continue;
                }
                boolean done = doneOn.contains(key(name, day));
                if (day.isAfter(today)) {
                    ahead++;
                    continue;
                }
                planned++;
                kept += done ? 1 : 0;
                if (day.equals(today)) {
                    due.add(new Due(schedule.routineId(), name, schedule.time(), done));
                }
            }
        }
        due.sort(Comparator.comparing(Due::time).thenComparing(Due::routineName));
        return new WeekPlan(due, planned, kept, ahead);
    }

    private static String key(String routineName, LocalDate day) {
        return routineName + '\u0000' + day;
    }
}
