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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each exercise of a session is recorded when it ends, and that its ending is saved at once. */
class SessionLogOutcomesTest {
    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");
    private static final List<SetResult> TWO_SETS = List.of(new SetResult(1, 30, 30, true),
            new SetResult(2, 30, 14, false));
    /** Every set of the choice's three. */
    private static final List<SetResult> EVERY_SET = List.of(new SetResult(1, 30, 30, true),
            new SetResult(2, 30, 31, true), new SetResult(3, 30, 30, true));
    @TempDir
    Path dir;
    private SessionLog log;

    @BeforeEach
    void aRoutineUnderWay() {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        log = new SessionLog(Histories.saverAtOnce(store), START, Optional.of("Full program"), OptionalInt.of(3),
                Optional.empty());
    }

    @Test
    void anExercisePassedOverBeforeAnySetIsSkipped() {
        log.exerciseEnded("Bridge", Optional.empty(), result(SessionResult.Outcome.ENDED_EARLY, List.of(), List.of(), 5),
                false);
        assertEquals(List.of(ExerciseOutcome.SKIPPED), outcomes(log.snapshot()));
    }

    @Test
    void anExerciseStoppedAfterASetOnEitherSideEndedEarly() {
        log.exerciseEnded("Bridge", Optional.empty(), result(SessionResult.Outcome.ENDED_EARLY, TWO_SETS, List.of(), 60),
                false);
        log.exerciseEnded("Bridge", Optional.empty(), result(SessionResult.Outcome.ENDED_EARLY, List.of(), TWO_SETS, 90),
                false);
        assertEquals(List.of(ExerciseOutcome.ENDED_EARLY, ExerciseOutcome.ENDED_EARLY), outcomes(log.snapshot()));
    }

    @Test
    void aCompletedExerciseIsCompletedAndOneThatHurtIsHurtWhateverWasDone() {
        log.exerciseEnded("Stretch", Optional.of("Strap"), result(SessionResult.Outcome.COMPLETED, EVERY_SET,
                EVERY_SET, 120), false);
        log.exerciseEnded("Bridge", Optional.empty(), result(SessionResult.Outcome.COMPLETED, TWO_SETS, TWO_SETS, 200),
                true);
        log.exerciseEnded("Step-ups", Optional.empty(), result(SessionResult.Outcome.ENDED_EARLY, List.of(), List.of(),
                210), true);
        assertEquals(List.of(ExerciseOutcome.COMPLETED, ExerciseOutcome.HURT, ExerciseOutcome.HURT),
                outcomes(log.snapshot()));
        assertEquals(Optional.of("Strap"), log.snapshot().exercises().get(0).variation());
    }

    @Test
    void theEndOfAnExerciseIsOnDiskAtOnce() throws IOException {
        log.exerciseEnded("Bridge", Optional.empty(), result(SessionResult.Outcome.ENDED_EARLY, List.of(), List.of(), 5),
                false);
        log.exerciseEnded("Stretch", Optional.empty(), result(SessionResult.Outcome.COMPLETED, EVERY_SET, EVERY_SET,
                80), false);

        // As if the power went out now:
        SessionRecord saved = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().interrupted().orElseThrow();
        assertEquals(List.of(ExerciseOutcome.SKIPPED, ExerciseOutcome.COMPLETED), outcomes(saved));
        assertEquals(START.plusSeconds(80), saved.endedAt());
        assertEquals(SessionStatus.INTERRUPTED, saved.status());
    }

    @Test
    void anExerciseWhoseLastSetWasSkippedEndedEarlyThoughThePlayerRanToItsEnd() {
        log.exerciseEnded("Stretch", Optional.empty(), result(SessionResult.Outcome.COMPLETED, EVERY_SET, TWO_SETS, 80),
                false);
        assertEquals(List.of(ExerciseOutcome.ENDED_EARLY), outcomes(log.snapshot()));
        assertEquals(SessionStatus.ENDED_EARLY, log.finish(START.plusSeconds(90), OptionalInt.of(2), Optional.empty())
                .status());
    }

    @Test
    void everySetDoneOnEverySideIsACompletedSession() {
        log.exerciseEnded("Stretch", Optional.empty(), result(SessionResult.Outcome.COMPLETED, EVERY_SET, EVERY_SET,
                80), false);
        assertEquals(SessionStatus.COMPLETED, log.finish(START.plusSeconds(90), OptionalInt.of(2), Optional.empty())
                .status());
    }

    @Test
    void aRoutineLeftBeforeItsLastExerciseEndedEarlyEvenIfWhatWasDoneWasComplete() {
        log.exerciseEnded("Stretch", Optional.empty(), result(SessionResult.Outcome.COMPLETED, EVERY_SET, EVERY_SET,
                80), false);
        log.stopEarly();
        assertEquals(SessionStatus.ENDED_EARLY, log.finish(START.plusSeconds(90), OptionalInt.of(2), Optional.empty())
                .status());
    }

    @Test
    void aSessionWithASkippedExerciseEndedEarly() {
        log.exerciseEnded("Stretch", Optional.empty(), result(SessionResult.Outcome.COMPLETED, EVERY_SET, EVERY_SET,
                80), false);
        log.exerciseEnded("Bridge", Optional.empty(), result(SessionResult.Outcome.ENDED_EARLY, List.of(), List.of(), 85),
                false);
        assertEquals(SessionStatus.ENDED_EARLY, log.finish(START.plusSeconds(90), OptionalInt.of(2), Optional.empty())
                .status());
    }

    private static List<ExerciseOutcome> outcomes(SessionRecord session) {
        return session.exercises().stream().map(ExerciseRecord::outcome).toList();
    }

    private static SessionResult result(SessionResult.Outcome outcome, List<SetResult> right, List<SetResult> left,
                                        int seconds) {
        return new SessionResult("bridge", Sessions.BRIDGE, List.of(new SideResult(Side.RIGHT, right),
                new SideResult(Side.LEFT, left)), START, START.plusSeconds(seconds), outcome);
    }
}
