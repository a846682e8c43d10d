package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.shell.ReminderNoticesViewModel.Notice;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.Routine;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.sound.Tone;
import app.kneecoach.userdata.RoutineSchedule;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders while the app runs, from a fake clock (Tuesday 08:00) and Gentle start planned at 9:00: the clock's
 * look is triggered by the test, as the timeline would every half minute.
 */
class ReminderClockTest {
    private final FakeClock clock = new FakeClock();
    private final AppServices services = TestServices.with(clock, new RecordingSound());
    private final List<Routine> started = new ArrayList<>();
    private final List<String> tray = new ArrayList<>();
    private final TodayPlanViewModel plan = new TodayPlanViewModel(TodayPlanViewModelTest.CATALOG, services,
            started::add);
    private final ReminderNoticesViewModel reminders = new ReminderNoticesViewModel(plan, services.sound());
    private ReminderClock reminderClock;

    @BeforeEach
    void gentleStartAtNine() throws IOException {
        services.routines().schedules().put(new RoutineSchedule("gentle-start", Set.of(DayOfWeek.TUESDAY),
                LocalTime.of(9, 0)));
        plan.refresh();
        reminders.alsoTell((title, message) -> tray.add(title + ": " + message));
        reminderClock = new ReminderClock(services::wallClock, plan::schedules, reminders::remind, plan::tick);
    }

    @Test
    void aPlannedTimePassedGivesOneNoticeOnce() {
        clock.advance(Duration.ofMinutes(59));
        reminderClock.look();
        assertEquals(List.of(), reminders.notices(), "8:59");
        clock.advance(Duration.ofMinutes(1).plusSeconds(20));
        reminderClock.look();
        String text = "Time for Gentle start (" + TodayPlanViewModelTest.time(LocalTime.of(9, 0)) + ")";
        assertEquals(List.of(text), texts());
        assertEquals(List.of("Knee Coach: " + text), tray);
        assertEquals(List.of(Tone.REST_PLANNED), ((RecordingSound) services.sound()).played);
        clock.advance(Duration.ofSeconds(30));
        reminderClock.look();
        assertEquals(List.of(text), texts(), "not twice");
        reminders.dismiss(reminders.notices().get(0));
        reminderClock.look();
        assertEquals(List.of(), reminders.notices(), "dismissed, and not told again");
        assertEquals(1, tray.size());
    }

    @Test
    void aPlannedTimeThreeHoursPastIsNotTold() {
        clock.advance(Duration.ofHours(4));
        reminderClock.look();
        assertEquals(List.of(), reminders.notices(), "the computer slept from 8:00 to 12:00");
        assertEquals(List.of(), tray);
    }

    @Test
    void startTakesTheNoticeAwayAndStartsTheRoutine() {
        clock.advance(Duration.ofHours(1));
        reminderClock.look();
        reminders.start(reminders.notices().get(0));
        assertEquals(List.of("gentle-start"), started.stream().map(Routine::id).toList());
        assertEquals(List.of(), reminders.notices());
    }

    @Test
    void duringASessionTheReminderWaitsForTheWindow() {
        reminders.windowFree(false);
        clock.advance(Duration.ofHours(1));
        reminderClock.look();
        assertEquals(List.of(), reminders.notices(), "not over the exercise under way");
        assertEquals(List.of(), tray);
        reminders.windowFree(true);
        assertEquals(1, reminders.notices().size(), "shown once the session is over");
        assertEquals(List.of(), tray, "the person is at the window: no tray message");
    }

    @Test
    void aReminderHeldDuringTheSessionOfItsRoutineIsNotShownAfterIt() throws IOException {
        reminders.windowFree(false);
        clock.advance(Duration.ofHours(1));
        reminderClock.look();
        services.storage().store().add(RecordedSessions.ofRoutine(clock, 0, -1, "Gentle start"));
        plan.refresh();
        reminders.windowFree(true);
        assertEquals(List.of(), reminders.notices());
    }

    @Test
    void aNoticeGoesOnceItsRoutineIsDone() throws IOException {
        clock.advance(Duration.ofHours(1));
        reminderClock.look();
        services.storage().store().add(RecordedSessions.ofRoutine(clock, 0, -1, "Gentle start"));
        plan.refresh();
        assertEquals(List.of(), reminders.notices(), "the today card says done");
    }

    @Test
    void aRoutineDoneBeforeItsTimeIsNotReminded() throws IOException {
        services.storage().store().add(RecordedSessions.ofRoutine(clock, 0, 0, "Gentle start"));
        plan.refresh();
        clock.advance(Duration.ofHours(1));
        reminderClock.look();
        assertEquals(List.of(), reminders.notices());
        assertEquals(List.of(), tray);
    }

    private List<String> texts() {
        return reminders.notices().stream().map(Notice::text).toList();
    }

    /** Remembers the tones asked for. */
    private static final class RecordingSound extends SoundPlayer {
        final List<Tone> played = new ArrayList<>();

        @Override
        protected void sound(Tone tone) {
            played.add(tone);
        }
    }
}
