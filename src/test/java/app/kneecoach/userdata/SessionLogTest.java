package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.session.SessionResult;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLogTest {
    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");
    @TempDir
    Path dir;

    @Test
    void everyCompletedSetIsOnDiskAtOnce() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionLog log = new SessionLog(Histories.saverAtOnce(store), START, Optional.of("Warm-up"), OptionalInt.of(4),
                Optional.of("stiff"));
        log.progress("Supine hamstring stretch", Optional.empty(), result(SessionResult.Outcome.IN_PROGRESS, 1, 90));

        // As if the power went out now:
        SessionRecord saved = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().interrupted().orElseThrow();
        assertEquals(SessionStatus.INTERRUPTED, saved.status());
        assertEquals(OptionalInt.of(4), saved.painBefore());
        assertEquals(Optional.of("Warm-up"), saved.routineName());
        assertEquals(1, saved.exercises().get(0).setsCompleted());
        assertEquals(START.plusSeconds(90), saved.endedAt());
    }

    @Test
    void aFinishedSessionGoesToTheHistoryWithBothRatings() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionLog log = new SessionLog(Histories.saverAtOnce(store), START, Optional.empty(), OptionalInt.of(5),
                Optional.empty());
        log.progress("Supine hamstring stretch", Optional.empty(), result(SessionResult.Outcome.IN_PROGRESS, 1, 40));
        log.exerciseEnded("Supine hamstring stretch", Optional.empty(), result(SessionResult.Outcome.COMPLETED, 2, 80),
                false);
        SessionRecord finished = log.finish(START.plusSeconds(100), OptionalInt.of(3), Optional.of("easier"));

        HistoryStore.Opened reopened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(Optional.empty(), reopened.store().interrupted());
        assertEquals(List.of(finished), Histories.all(reopened.store()));
        assertEquals(SessionStatus.COMPLETED, finished.status());
        assertEquals(OptionalInt.of(3), finished.painAfter());
        assertEquals(ExerciseOutcome.COMPLETED, finished.exercises().get(0).outcome());
        assertEquals(1, finished.exercises().size(), "progress and the ending are one exercise, not two");
    }

    @Test
    void anExerciseThatHurtIsRecordedAsSuch() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionLog log = new SessionLog(Histories.saverAtOnce(store), START, Optional.empty(), OptionalInt.empty(),
                Optional.empty());
        log.exerciseEnded("Bridge", Optional.empty(), result(SessionResult.Outcome.ENDED_EARLY, 0, 30), true);
        SessionRecord finished = log.finish(START.plusSeconds(60), OptionalInt.of(6), Optional.empty());
        assertEquals(ExerciseOutcome.HURT, finished.exercises().get(0).outcome());
        assertEquals(SessionStatus.ENDED_EARLY, finished.status());
        assertEquals(List.of(finished), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void theExerciseUnderWayIsSavedAsSuch() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionLog log = new SessionLog(Histories.saverAtOnce(store), START, Optional.empty(), OptionalInt.empty(),
                Optional.empty());
        log.progress("Supine hamstring stretch", Optional.empty(), result(SessionResult.Outcome.IN_PROGRESS, 1, 40));
        SessionRecord saved = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().interrupted().orElseThrow();
        assertEquals(ExerciseOutcome.UNDER_WAY, saved.exercises().get(0).outcome(), "not mistaken for one ended");
    }

    @Test
    void aResumedSessionGoesOnInTheSameRecordAndFinishesAsOne() throws IOException {
        HistoryStore first = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionLog before = new SessionLog(Histories.saverAtOnce(first), START, Optional.of("Warm-up"),
                OptionalInt.of(4), Optional.empty());
        before.exerciseEnded("Bridge", Optional.empty(), result(SessionResult.Outcome.COMPLETED, 2, 30), false);
        before.progress("Supine hamstring stretch", Optional.empty(), result(SessionResult.Outcome.IN_PROGRESS, 1, 90));

        // The app stopped; started again, the session is taken up where it stopped.
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionRecord stopped = store.interrupted().orElseThrow();
        store.resumeInterrupted();
        assertEquals(Optional.empty(), store.interrupted(), "no longer on offer");
        SessionLog log = SessionLog.resume(Histories.saverAtOnce(store), stopped);
        log.progress("Supine hamstring stretch", Optional.empty(), result(SessionResult.Outcome.IN_PROGRESS, 2, 400));
        assertEquals(stopped.id(), HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().interrupted().orElseThrow()
                .id(), "saved under the same id, so found again should the app stop once more");
        log.exerciseEnded("Supine hamstring stretch", Optional.empty(), result(SessionResult.Outcome.COMPLETED, 3, 460),
                false);
        SessionRecord finished = log.finish(START.plusSeconds(500), OptionalInt.of(2), Optional.empty());

        List<SessionRecord> history = Histories.reopened(dir, HistoryStoreTest.CLOCK);
        assertEquals(List.of(finished), history, "one session, not two");
        assertEquals(stopped.id(), finished.id());
        assertEquals(START, finished.startedAt());
        assertEquals(OptionalInt.of(4), finished.painBefore());
        assertEquals(List.of(ExerciseOutcome.COMPLETED, ExerciseOutcome.COMPLETED),
                finished.exercises().stream().map(ExerciseRecord::outcome).toList());
        assertEquals(3, finished.exercises().get(1).setsCompleted());
        assertEquals(SessionStatus.COMPLETED, finished.status());
    }

    private static SessionResult result(SessionResult.Outcome outcome, int sets, int seconds) {
        List<SetResult> done = IntStream.rangeClosed(1, sets).mapToObj(i -> new SetResult(i, 30, 30, true)).toList();
        return new SessionResult("supine-hamstring-stretch", Sessions.HOLD, List.of(new SideResult(Side.RIGHT, done)),
                START, START.plusSeconds(seconds), outcome);
    }
}
