package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.history.HistoryCharts.Point;
import app.kneecoach.ui.history.HistoryViewModel.State;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.FakeClock;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Tempo;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.Faults;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.PainTrend;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The History view's model on a real records store in a fresh folder, sessions saved through the app's
 * saver; the background runs on the test's thread, so each read has arrived when the call returns. "Today"
 * is the fake clock's day, Tuesday 2026-11-24 (UTC).
 */
class HistoryViewModelTest {
    private static final SessionChoice HOLD = new SessionChoice(DosageMode.HOLD, 30, 2, 0, RepStyle.PACED,
            Tempo.DEFAULT);
    private final Path folder = TestServices.freshFolder();
    private final FakeClock clock = new FakeClock();
    private final AppServices services = TestServices.in(folder, clock, SoundPlayer.silent());

    @Test
    void theTimeAxisTicksDailyOverAFortnightWeeklyOverTwoMonthsAndWiderBeyond() {
        assertEquals(new PainTimeline.DayAxis(9, 14, 1), PainTimeline.axisFor(new double[] {10.3, 12.8}));
        assertEquals(new PainTimeline.DayAxis(9, 11, 1), PainTimeline.axisFor(new double[] {10.3}));
        assertEquals(new PainTimeline.DayAxis(0, 51, 7), PainTimeline.axisFor(new double[] {0.6, 50.2}));
        assertEquals(14, PainTimeline.axisFor(new double[] {0, 100}).tick());
    }

    @Test
    void thisWeekTheDaysAndTheChartsFollowTheRecords() {
        save(session("a", "2026-11-24T07:00:00Z", 6, 4, "Evening knees"));
        save(session("b", "2026-11-24T07:30:00Z", 5, 3, null));
        save(session("c", "2026-11-23T18:00:00Z", 5, 5, null));
        save(unrated("d", "2026-11-20T09:00:00Z"));
        save(session("e", "2026-11-10T09:00:00Z", 7, 6, null));

        HistoryViewModel model = new HistoryViewModel(services, List.of(), () -> { });
        assertEquals(State.SHOWN, model.state().get());
        assertEquals("This week: 2 of 7 days", model.week().get(),
                "the 24th and 23rd; not the 20th (quit before a set) nor the 10th");
        assertTrue(model.hasRecords().get());
        assertFalse(model.empty().get());
        assertFalse(model.moreDays().get());
        assertFalse(model.unsavedShown().get());
        assertEquals(Optional.empty(), model.warning().get(), "two rated days: too few to tell a trend");

        assertEquals(List.of("2026-11-24", "2026-11-23", "2026-11-20", "2026-11-10"),
                model.days().stream().map(HistoryViewModel.DayRow::date).toList(), "newest first");
        HistoryViewModel.DayRow today = model.days().get(0);
        assertEquals(Formats.DEFAULT.day(LocalDate.of(2026, 11, 24)), today.title(),
                "in the text's language, the person's regional order");
        assertEquals(2, today.sessions().size(), "both of the day's sessions, in order");
        // Saved as completed, but a set on the left leg was never done: the sets decide.
        assertTrue(today.sessions().get(0).line()
                .endsWith("Evening knees\u2002\u00b7\u2002pain 6 \u2192 4\u2002\u00b7\u2002ended early"),
                today.sessions().get(0).line());
        assertTrue(today.sessions().get(1).line().contains("Single exercise"), today.sessions().get(1).line());
        assertEquals(List.of("Supine hamstring stretch: not every set done, right leg 2 of 2 sets, left leg 1 of 2 sets"),
                today.sessions().get(0).exercises());
        assertTrue(model.days().get(2).sessions().get(0).line().contains("pain \u2013 \u2192 \u2013"),
                "no ratings: a dash each");

        List<PainTimeline.TimeSeries> pain = model.charts().pain();
        assertEquals(List.of("Before", "After"), pain.stream().map(PainTimeline.TimeSeries::name).toList());
        assertEquals(List.of(7, 5, 6, 5), pain.get(0).points().stream().map(PainTimeline.TimePoint::value)
                .toList(), "rated sessions only, oldest first");
        assertEquals(List.of(6, 5, 4, 3), pain.get(1).points().stream().map(PainTimeline.TimePoint::value)
                .toList());
        List<Double> days = pain.get(0).points().stream().map(PainTimeline.TimePoint::day).toList();
        double the24th = LocalDate.of(2026, 11, 24).toEpochDay();
        double noon = 0.5;
        assertEquals(List.of(LocalDate.of(2026, 11, 10).toEpochDay() + 9 / 24.0 - noon, LocalDate.of(2026, 11, 23)
                .toEpochDay() + 18 / 24.0 - noon, the24th + 7 / 24.0 - noon, the24th + 7.5 / 24.0 - noon), days,
                "each at its time of day (noon on the whole day): the two of the 24th stay apart, in order");
        assertEquals(new PainTimeline.DayAxis(the24th - 15, the24th + 1, 7), model.charts().painAxis().get(),
                "whole days around the points; a tick a week over a fortnight and more");
        assertEquals(Formats.DEFAULT.shortDate(LocalDate.of(2026, 11, 24)),
                model.charts().dayLabels().toString(the24th - 0.2), "a tick reads as the day whose noon it is nearest");

        HistoryCharts.Series weeks = model.charts().weeks().get();
        assertEquals(HistoryViewModel.WEEKS_CHARTED, weeks.points().size());
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 0, 3), values(weeks),
                "weeks from Monday, this one last; the 20th's session did no set");
        assertEquals(4, model.charts().weekAxisTop().get(), "one above the busiest week");
    }

    @Test
    void noSessionsSaysHowToStart() {
        HistoryViewModel model = new HistoryViewModel(services, List.of(), () -> { });
        assertEquals(State.SHOWN, model.state().get());
        assertEquals("This week: 0 of 7 days", model.week().get());
        assertTrue(model.empty().get());
        assertFalse(model.hasRecords().get());
        assertEquals(List.of(), model.days());
        assertEquals(3, model.charts().weekAxisTop().get(), "an empty chart still has room for a few sessions");
    }

    @Test
    void earlierDaysAreReadOnRequest() {
        IntStream.range(0, 9).forEach(day -> save(session("s" + day,
                Instant.parse("2026-11-24T07:00:00Z").minus(Duration.ofDays(day)).toString(), 3, 2, null)));
        HistoryViewModel model = new HistoryViewModel(services, List.of(), () -> { });
        assertEquals(HistoryViewModel.DAYS_PER_PAGE, model.days().size());
        assertTrue(model.moreDays().get());

        model.showEarlierDays();
        assertEquals(State.SHOWN, model.state().get());
        assertEquals(9, model.days().size());
        assertEquals("2026-11-16", model.days().get(8).date());
        assertFalse(model.moreDays().get());
    }

    @Test
    void worseningPainBringsTheWarning() {
        save(session("a", "2026-11-20T07:00:00Z", 3, 3, null));
        save(session("b", "2026-11-22T07:00:00Z", 4, 4, null));
        save(session("c", "2026-11-24T07:00:00Z", 6, 6, null));
        HistoryViewModel model = new HistoryViewModel(services, List.of(), () -> { });
        assertTrue(model.warningShown().get());
        assertEquals(PainTrend.Kind.WORSENING, model.warning().get().orElseThrow().kind());
    }

    @Test
    void sessionsNotSavedYetAreSaidNotCounted() throws Exception {
        HistoryStore store = services.storage().store();
        Faults.readOnly(store, true);
        save(session("a", "2026-11-24T07:00:00Z", 6, 4, null));
        HistoryViewModel model = new HistoryViewModel(services, List.of(), () -> { });
        assertTrue(model.unsavedShown().get());
        assertTrue(model.unsaved().get().startsWith("1 session is not saved yet"), model.unsaved().get());
        assertEquals("This week: 0 of 7 days", model.week().get());
        assertFalse(model.empty().get(), "not \"no sessions yet\": one is waiting");

        Faults.readOnly(store, false);
        services.saver().retry();
        HistoryViewModel after = new HistoryViewModel(services, List.of(), () -> { });
        assertFalse(after.unsavedShown().get());
        assertEquals("This week: 1 of 7 days", after.week().get());
    }

    @Test
    void aFailedReadSaysWhyAndTryAgainReadsAgain() throws Exception {
        save(session("a", "2026-11-24T07:00:00Z", 6, 4, null));
        // The records' sessions taken away behind the store's back: its next read fails as a damaged file would.
        sql("ALTER TABLE session RENAME TO session_away");
        HistoryViewModel model = new HistoryViewModel(services, List.of(), () -> { });
        assertEquals(State.FAILED, model.state().get());
        assertTrue(model.failed().get());
        assertFalse(model.shown().get());
        assertTrue(model.problem().get().startsWith("Your history could not be read just now: "),
                model.problem().get());
        assertTrue(model.problem().get().endsWith("Nothing has been changed or lost."), model.problem().get());

        sql("ALTER TABLE session_away RENAME TO session");
        model.retry();
        assertEquals(State.SHOWN, model.state().get());
        assertEquals("This week: 1 of 7 days", model.week().get());
    }

    @Test
    void whileTheRecordsOpenItSaysItIsReading() {
        CompletableFuture<HistoryStore.Opened> opening = new CompletableFuture<>();
        AppServices slow = TestServices.in(TestServices.freshFolder(), clock, SoundPlayer.silent(), opening);
        HistoryViewModel model = new HistoryViewModel(slow, List.of(), () -> { });
        assertEquals(State.READING, model.state().get());
        assertTrue(model.reading().get());
        assertFalse(model.shown().get());
    }

    private void save(SessionRecord session) {
        services.saver().save(session, true);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("knee-coach.db"));
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static List<Integer> values(HistoryCharts.Series series) {
        return series.points().stream().map(Point::value).toList();
    }

    private static SessionRecord session(String id, String start, int before, int after, String routine) {
        Instant at = Instant.parse(start);
        ExerciseRecord stretch = new ExerciseRecord("supine-hamstring-stretch", "Supine hamstring stretch", HOLD,
                Optional.empty(), List.of(
                        new SideResult(Side.RIGHT, List.of(new SetResult(1, 30, 30, true),
                                new SetResult(2, 30, 30, true))),
                        new SideResult(Side.LEFT, List.of(new SetResult(1, 30, 30, true)))),
                ExerciseOutcome.COMPLETED);
        return new SessionRecord(id, at, at.plus(Duration.ofMinutes(10)), Optional.ofNullable(routine),
                List.of(stretch), OptionalInt.of(before), Optional.empty(), OptionalInt.of(after), Optional.empty(),
                SessionStatus.COMPLETED);
    }

    private static SessionRecord unrated(String id, String start) {
        Instant at = Instant.parse(start);
        return new SessionRecord(id, at, at.plus(Duration.ofMinutes(3)), Optional.empty(), List.of(),
                OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                SessionStatus.ENDED_EARLY);
    }
}
