package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.shell.TodayPlanViewModel.Row;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Routine;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.RoutineSchedule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Today's plan from a fixed clock (Tuesday 2026-11-24, 08:00 UTC) and seeded sessions, without a window. */
class TodayPlanViewModelTest {
    static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private final FakeClock clock = new FakeClock();
    private final Path dataDir = TestServices.freshFolder();
    private final AppServices services = TestServices.in(dataDir, clock, SoundPlayer.silent());
    private final List<Routine> started = new ArrayList<>();

    @Test
    void noScheduleNoCard() {
        TodayPlanViewModel plan = plan();
        assertFalse(plan.shown().get());
        assertEquals(List.of(), plan.rows());
    }

    @Test
    void whatIsDueTodayHasItsStartButton() throws IOException {
        schedule("gentle-start", NINE, DayOfWeek.TUESDAY);
        TodayPlanViewModel plan = plan();
        assertTrue(plan.shown().get());
        assertEquals(List.of(new Row("gentle-start", "Gentle start", "Today: Gentle start at " + time(NINE), false)),
                plan.rows());
        assertEquals("", plan.nothingToday().get());
        assertEquals("This week: 0 of 1 planned session done", plan.week().get());
        plan.start("gentle-start");
        assertEquals(List.of("gentle-start"), started.stream().map(Routine::id).toList(), "as Start says");
    }

    @Test
    void aRoutineDoneTodayIsMarkedDone() throws IOException {
        schedule("gentle-start", NINE, DayOfWeek.TUESDAY);
        store().add(RecordedSessions.ofRoutine(clock, 0, 1, "Gentle start"));
        TodayPlanViewModel plan = plan();
        assertTrue(plan.rows().get(0).done());
        assertTrue(plan.doneToday("gentle-start"));
        assertEquals("This week: 1 of 1 planned session done", plan.week().get());
    }

    @Test
    void whatIsStillToDoComesBeforeWhatIsDone() throws IOException {
        schedule("stretching-warm-up", LocalTime.of(7, 30), DayOfWeek.TUESDAY);
        schedule("gentle-start", NINE, DayOfWeek.TUESDAY);
        schedule("strengthening-block", LocalTime.of(18, 0), DayOfWeek.TUESDAY);
        store().add(RecordedSessions.ofRoutine(clock, 0, 0, "Stretching warm-up"));
        assertEquals(List.of("gentle-start", "strengthening-block", "stretching-warm-up"),
                plan().rows().stream().map(Row::routineId).toList());
    }

    @Test
    void nothingPlannedTodaySaysTheNextDay() throws IOException {
        schedule("gentle-start", NINE, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        TodayPlanViewModel plan = plan();
        assertEquals(List.of(), plan.rows());
        assertEquals("Nothing planned today; next: " + Formats.DEFAULT.shortWeekday(DayOfWeek.WEDNESDAY) + " at "
                + time(NINE), plan.nothingToday().get());
        assertEquals("This week: 0 of 1 planned session done, 2 still to come", plan.week().get());
    }

    @Test
    void builtInAndOwnRoutinesBothCountInTheWeek() throws IOException {
        schedule("gentle-start", NINE, DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        Routine evenings = services.routines().create("Evenings");
        schedule(evenings.id(), LocalTime.of(19, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
        store().add(RecordedSessions.ofRoutine(clock, -1, 1, "Gentle start"));
        store().add(RecordedSessions.ofRoutine(clock, -1, 10, "Evenings"));
        TodayPlanViewModel plan = plan();
        assertEquals("This week: 2 of 4 planned sessions done, 1 still to come", plan.week().get());
        assertEquals(List.of("Today: Gentle start at " + time(NINE),
                "Today: Evenings at " + time(LocalTime.of(19, 0))), plan.rows().stream().map(Row::text).toList());
        plan.start(evenings.id());
        assertEquals(List.of(evenings), started);
    }

    @Test
    void onlyDaysStillToComeAreCountedAsSuch() throws IOException {
        schedule("gentle-start", NINE, DayOfWeek.THURSDAY);
        TodayPlanViewModel plan = plan();
        assertEquals("This week: 1 planned session still to come", plan.week().get());
        schedule("gentle-start", NINE, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertEquals("This week: 2 planned sessions still to come", plan.week().get(),
                "a schedule changed is shown at once");
    }

    @Test
    void aScheduleSetLaterShowsTheCardAtOnceAndOneRemovedHidesIt() throws IOException {
        TodayPlanViewModel plan = plan();
        schedule("gentle-start", NINE, DayOfWeek.TUESDAY);
        assertTrue(plan.shown().get());
        services.routines().schedules().remove("gentle-start");
        assertFalse(plan.shown().get());
    }

    @Test
    void atMidnightTheCardShowsTheNewDay() throws IOException {
        schedule("gentle-start", NINE, DayOfWeek.TUESDAY);
        schedule("stretching-warm-up", LocalTime.of(18, 0), DayOfWeek.WEDNESDAY);
        store().add(RecordedSessions.ofRoutine(clock, 0, 1, "Gentle start"));
        TodayPlanViewModel plan = plan();
        assertTrue(plan.rows().get(0).done());
        clock.advance(Duration.ofHours(15).plusMinutes(59));
        plan.tick();
        assertEquals("Gentle start", plan.rows().get(0).routineName(), "still Tuesday at 23:59");
        clock.advance(Duration.ofMinutes(1));
        plan.tick();
        assertEquals(List.of(new Row("stretching-warm-up", "Stretching warm-up",
                "Today: Stretching warm-up at " + time(LocalTime.of(18, 0)), false)), plan.rows());
        assertEquals("This week: 1 of 2 planned sessions done", plan.week().get());
    }

    @Test
    void aNewWeekStartsCountingAgain() throws IOException {
        schedule("gentle-start", NINE, DayOfWeek.TUESDAY, DayOfWeek.MONDAY);
        store().add(RecordedSessions.ofRoutine(clock, 0, 1, "Gentle start"));
        TodayPlanViewModel plan = plan();
        clock.advance(Duration.ofDays(6));
        plan.tick();
        assertEquals("This week: 0 of 1 planned session done, 1 still to come", plan.week().get());
    }

    @Test
    void sessionsThatCannotBeReadLeaveTheCardOut() throws IOException {
        schedule("gentle-start", NINE, DayOfWeek.TUESDAY);
        TodayPlanViewModel plan = plan();
        assertTrue(plan.shown().get());
        store().close();
        plan.refresh();
        assertFalse(plan.shown().get());
    }

    private TodayPlanViewModel plan() {
        TodayPlanViewModel plan = new TodayPlanViewModel(CATALOG, services, started::add);
        plan.refresh();
        return plan;
    }

    private HistoryStore store() {
        return services.storage().store();
    }

    private void schedule(String routineId, LocalTime at, DayOfWeek... days) throws IOException {
        services.routines().schedules().put(new RoutineSchedule(routineId, Set.of(days), at));
    }

    /** The time as the card says it: in the region's style, on one line. */
    static String time(LocalTime at) {
        return Formats.DEFAULT.timeOfDay(at).replace(' ', '\u00a0');
    }
}
