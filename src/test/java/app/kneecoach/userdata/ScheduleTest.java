package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Routine;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routine schedules: kept in the records, this week against the plan, and the calendar file a calendar app reads. */
class ScheduleTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    private static final RoutineSchedule MON_WED_FRI = new RoutineSchedule("full-program",
            Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(8, 30, 59));

    @TempDir
    Path dir;

    @Test
    void aScheduleSurvivesARestartIsReplacedAndGoesWithItsRoutine() throws IOException {
        RoutineStore routines = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines();
        Routine mine = routines.create("Evenings");
        routines.schedules().put(MON_WED_FRI);
        routines.schedules().put(new RoutineSchedule(mine.id(), Set.of(DayOfWeek.TUESDAY), LocalTime.of(19, 0)));
        routines.schedules().put(new RoutineSchedule(mine.id(), Set.of(DayOfWeek.THURSDAY), LocalTime.of(18, 15)));

        ScheduleStore reopened = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines().schedules();
        assertEquals(LocalTime.of(8, 30), reopened.of("full-program").orElseThrow().time(), "kept to the minute");
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                reopened.of("full-program").orElseThrow().days());
        assertEquals(Set.of(DayOfWeek.THURSDAY), reopened.of(mine.id()).orElseThrow().days(), "replaced, not added");
        assertEquals(2, reopened.schedules().size());

        routines.delete(mine.id());
        routines.schedules().remove("full-program");
        assertEquals(List.of(), HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines().schedules().schedules());
    }

    @Test
    void aScheduleNeedsADay() {
        assertThrows(IllegalArgumentException.class, () -> new RoutineSchedule("x", Set.of(), LocalTime.NOON));
    }

    @Test
    void theWeekCountsPlannedDaysUpToTodayAndWhatIsDueToday() {
        RoutineSchedule evenings = new RoutineSchedule("gentle-start", Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY),
                LocalTime.of(7, 0));
        List<SessionRecord> week = List.of(
                session("Full program", LocalDate.of(2026, 11, 30), true),
                session("Gentle start", WEDNESDAY, true),
                session("Full program", WEDNESDAY, false));
        WeekPlan plan = WeekPlan.of(List.of(MON_WED_FRI, evenings), Map.of("full-program", "Full program",
                "gentle-start", "Gentle start"), week, WEDNESDAY, ZONE);
        assertEquals(3, plan.planned(), "Monday and Wednesday of one, Wednesday of the other");
        assertEquals(2, plan.kept(), "a session quit before its first set does not keep the plan");
        assertEquals(2, plan.ahead(), "Friday and Sunday");
        assertEquals(List.of(new WeekPlan.Due("gentle-start", "Gentle start", LocalTime.of(7, 0), true),
                new WeekPlan.Due("full-program", "Full program", LocalTime.of(8, 30), false)), plan.today());

        WeekPlan gone = WeekPlan.of(List.of(MON_WED_FRI), Map.of(), week, WEDNESDAY, ZONE);
        assertEquals(new WeekPlan(List.of(), 0, 0, 0), gone, "a deleted routine's plan is no plan");
    }

    @Test
    void theCalendarFileReadsAsAWeeklyEventWithAReminderAndTheDosesInACalendarParser()
            throws IOException, ParserException {
        String description = "1. Bridge: 10 reps, 2 s at the top, 1 set; both legs\n2. Step ups: 10 reps, 2 sets";
        String ics = ScheduleCalendar.write(List.of(new ScheduleCalendar.Entry(MON_WED_FRI,
                "Knee Coach: Full program \u2014 stretches, strengthening; and more", description,
                Duration.ofSeconds(23 * 60 + 10), LocalDate.of(2026, 12, 3))), Instant.parse("2026-12-02T19:00:00Z"));

        assertTrue(ics.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "folded to 75 octets");
        assertTrue(ics.contains("\r\n"), "CRLF line ends");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("20261204T083000", event.getProperty(Property.DTSTART).orElseThrow().getValue(),
                "the first planned day from Thursday on is Friday");
        RRule<?> rule = event.<RRule<?>>getProperty(Property.RRULE).orElseThrow();
        assertEquals("WEEKLY", rule.getRecur().getFrequency().name());
        assertEquals("MO,WE,FR", rule.getValue().replaceAll(".*BYDAY=([A-Z,]+).*", "$1"));
        assertEquals("PT24M", event.getProperty(Property.DURATION).orElseThrow().getValue(), "rounded up");
        assertEquals(description, event.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
        assertEquals("Knee Coach: Full program \u2014 stretches, strengthening; and more",
                event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        List<VAlarm> alarms = event.getAlarms();
        assertEquals(1, alarms.size());
        assertEquals("DISPLAY", alarms.get(0).getProperty(Property.ACTION).orElseThrow().getValue());
        assertEquals(Duration.ZERO, Duration.parse(alarms.get(0).getProperty(Property.TRIGGER).orElseThrow().getValue()),
                "at the start");
    }

    private static SessionRecord session(String routine, LocalDate day, boolean setDone) {
        Instant at = day.atTime(9, 0).atZone(ZONE).toInstant();
        List<ExerciseRecord> exercises = setDone ? Sessions.full(0, 1, 1).exercises() : List.of();
        return new SessionRecord(routine + day, at, at.plus(Duration.ofMinutes(20)), Optional.of(routine), exercises,
                OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), SessionStatus.COMPLETED);
    }
}
