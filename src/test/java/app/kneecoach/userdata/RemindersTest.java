package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each planned time is told once, by the first check at or after it, and not hours late. */
class RemindersTest {
    private static final RoutineSchedule MORNINGS = new RoutineSchedule("full-program",
            Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 30));
    private static final RoutineSchedule EVENINGS = new RoutineSchedule("gentle-start",
            Set.of(DayOfWeek.WEDNESDAY), LocalTime.of(19, 0));
    private static final LocalDateTime WEDNESDAY = LocalDateTime.of(2026, 12, 2, 0, 0);

    private static List<Reminders.Reminder> between(String after, String upTo) {
        return Reminders.between(List.of(EVENINGS, MORNINGS), WEDNESDAY.with(LocalTime.parse(after)),
                WEDNESDAY.with(LocalTime.parse(upTo)));
    }

    @Test
    void aCheckFindsTheTimesSinceTheLastOneOnceEach() {
        assertEquals(List.of(), between("08:00", "08:29:59"));
        assertEquals(List.of(new Reminders.Reminder(MORNINGS, WEDNESDAY.with(LocalTime.of(8, 30)))),
                between("08:29:59", "08:30"), "at the minute itself");
        assertEquals(List.of(), between("08:30", "08:31"), "not again at the next check");
    }

    @Test
    void aLongGapTellsOnlyTheRecentTimesInOrder() {
        List<Reminders.Reminder> all = Reminders.between(List.of(EVENINGS, MORNINGS),
                WEDNESDAY.with(LocalTime.of(8, 0)), WEDNESDAY.with(LocalTime.of(20, 0)));
        assertEquals(List.of(new Reminders.Reminder(EVENINGS, WEDNESDAY.with(LocalTime.of(19, 0)))), all,
                "8:30 was over eleven hours ago");
        assertEquals(1, Reminders.between(List.of(EVENINGS, MORNINGS), WEDNESDAY.with(LocalTime.of(8, 0)),
                WEDNESDAY.with(LocalTime.of(8, 30))).size(), "only 8:30 between 8:00 and 8:30");
    }

    @Test
    void aCheckAcrossMidnightFindsTheNextDaysTime() {
        RoutineSchedule late = new RoutineSchedule("x", Set.of(DayOfWeek.THURSDAY), LocalTime.of(0, 10));
        assertEquals(1, Reminders.between(List.of(late), WEDNESDAY.with(LocalTime.of(23, 50)),
                WEDNESDAY.plusDays(1).with(LocalTime.of(0, 15))).size());
        assertEquals(0, Reminders.between(List.of(late), WEDNESDAY.with(LocalTime.of(23, 50)),
                WEDNESDAY.plusDays(1).with(LocalTime.of(0, 5))).size());
    }
}
