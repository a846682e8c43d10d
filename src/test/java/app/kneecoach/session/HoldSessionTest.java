package app.kneecoach.session;

import static app.kneecoach.session.PhaseKind.GET_READY;
import static app.kneecoach.session.PhaseKind.REST;
import static app.kneecoach.session.PhaseKind.SWITCH_SIDE;
import static app.kneecoach.session.PhaseKind.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.SessionEvent.CountdownTick;
import app.kneecoach.session.SessionEvent.Finished;
import app.kneecoach.session.SessionEvent.PhaseStarted;
import app.kneecoach.session.SessionEvent.SetEnded;
import app.kneecoach.session.SessionResult.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HoldSessionTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void walksEveryPhaseOnBothSidesAtTheRightMoments() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        assertEquals(GET_READY, run.now().step().kind());

        run.at(4.999);
        assertEquals(GET_READY, run.now().step().kind());
        run.at(5);
        assertEquals(WORK, run.now().step().kind());
        assertEquals(Side.RIGHT, run.now().step().side());
        assertEquals(30 * SECOND, run.now().remainingNanos());
        run.at(35);
        assertEquals(REST, run.now().step().kind());
        assertEquals(Map.of(Side.RIGHT, 1, Side.LEFT, 0), run.now().setsDone());
        run.at(50);
        assertEquals(new Step(WORK, Side.RIGHT, 2, java.util.Optional.of(Duration.ofSeconds(30))), run.now().step());
        run.at(80);
        assertEquals(SWITCH_SIDE, run.now().step().kind());
        assertEquals(Side.LEFT, run.now().step().side());
        run.at(85);
        assertEquals(new Step(WORK, Side.LEFT, 1, java.util.Optional.of(Duration.ofSeconds(30))), run.now().step());
        run.at(115);
        run.at(130);
        assertFalse(run.engine.isFinished());
        run.at(160);

        assertTrue(run.engine.isFinished());
        assertEquals(List.of(GET_READY, WORK, REST, WORK, SWITCH_SIDE, WORK, REST, WORK), run.phases());
        SessionResult result = run.engine.result().orElseThrow();
        assertEquals(Outcome.COMPLETED, result.outcome());
        assertEquals(List.of(new SetResult(1, 30, 30, true).withRest(15), new SetResult(2, 30, 30, true)),
                result.side(Side.RIGHT).sets(), "a timed rest is recorded at its length");
        assertEquals(2, result.side(Side.LEFT).setsCompleted());
        assertEquals(Instant.parse("2026-11-24T08:00:00Z"), result.startedAt());
        assertEquals(Instant.parse("2026-11-24T08:02:40Z"), result.endedAt());
        assertEquals(List.of(result), run.all(Finished.class).stream().map(Finished::result).toList());
    }

    @Test
    void savesTheSessionSoFarAfterEverySet() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(160);

        List<SetEnded> sets = run.all(SetEnded.class);
        assertEquals(4, sets.size());
        SessionResult afterThird = sets.get(2).soFar();
        assertEquals(Outcome.IN_PROGRESS, afterThird.outcome());
        assertEquals(2, afterThird.side(Side.RIGHT).setsCompleted());
        assertEquals(1, afterThird.side(Side.LEFT).setsCompleted());
    }

    @Test
    void aLateUpdateCatchesUpWithEveryEventInOrderOnce() {
        EngineRun stepwise = EngineRun.lowest(TestExercises.HOLD_EACH);
        for (double t = 0; t <= 161; t += 0.25) {
            stepwise.at(t);
        }
        EngineRun late = EngineRun.lowest(TestExercises.HOLD_EACH);
        late.at(161);

        assertEquals(stepwise.events.stream().map(HoldSessionTest::withoutTimes).toList(),
                late.events.stream().map(HoldSessionTest::withoutTimes).toList());
        assertEquals(8, late.all(PhaseStarted.class).size());
        assertEquals(1, late.all(Finished.class).size());
    }

    @Test
    void countsDownTheLastThreeSecondsOfEachTimedPhaseOnce() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        assertEquals(List.of(), run.at(1.9));
        assertEquals(List.of(new CountdownTick(3)), run.at(2.0));
        assertEquals(List.of(), run.at(2.5));
        assertEquals(List.of(new CountdownTick(2), new CountdownTick(1)), run.at(4.2));
        run.at(5);
        assertEquals(List.of(new CountdownTick(3)), run.at(32.1));
        run.at(161);
        // Each of the 8 timed phases (get ready, 4 holds, 2 rests, the switch) counts 3, 2, 1.
        assertEquals(24, run.all(CountdownTick.class).size());
    }

    @Test
    void pausedTimeIsExcludedExactly() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(15);
        run.engine.pause();
        run.at(115.123456789);
        assertEquals(20 * SECOND, run.now().remainingNanos());
        assertTrue(run.now().paused());
        run.engine.resume();
        run.at(130.123456789);
        assertEquals(5 * SECOND, run.now().remainingNanos());
        run.at(135.123456789);
        assertEquals(REST, run.now().step().kind());
        assertEquals(15 * SECOND, run.now().remainingNanos());
    }

    @Test
    void aPauseStartedJustAfterABoundaryCountsTheTimeBeforeIt() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(3);
        run.clock.advanceSeconds(4);
        run.engine.pause();
        run.clock.advanceSeconds(60);
        run.update();
        assertEquals(WORK, run.now().step().kind());
        assertEquals(28 * SECOND, run.now().remainingNanos(), "2 s of the hold ran before the pause");
    }

    @Test
    void tenSimulatedMinutesEndExactlyOnTimeWithIrregularFramesAndPauses() {
        SessionChoice tenMinutes = SessionChoice.lowest(TestExercises.HOLD_BOTH.dosage()).withTarget(600);
        EngineRun run = new EngineRun(TestExercises.HOLD_BOTH, tenMinutes);
        run.at(5);
        Random frames = new Random(42);
        long pausedNanos = 0;
        long activeNanos = 0;
        while (activeNanos < 599 * SECOND) {
            long frame = 12_000_000 + frames.nextInt(9_000_000);
            run.clock.advance(Duration.ofNanos(frame));
            activeNanos += frame;
            run.update();
            if (frames.nextInt(5000) == 0) {
                run.engine.pause();
                long pause = SECOND + frames.nextInt(1_000_000_000);
                run.clock.advance(Duration.ofNanos(pause));
                pausedNanos += pause;
                run.update();
                run.engine.resume();
            }
        }
        assertEquals(WORK, run.now().step().kind());
        assertEquals(600 * SECOND - activeNanos, run.now().remainingNanos());

        run.clock.advance(Duration.ofNanos(600 * SECOND - activeNanos + 7));
        run.update();
        assertEquals(REST, run.now().step().kind());
        assertEquals(15 * SECOND - 7, run.now().remainingNanos(), "the rest began exactly when the hold ended");
        assertTrue(pausedNanos > 0, "the run included pauses");
    }

    @Test
    void holdLongerKeepsCountingPastTheTargetUntilSkipped() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(10);
        assertTrue(run.engine.canHoldLonger());
        run.engine.holdLonger();
        run.at(50.5);
        assertEquals(WORK, run.now().step().kind());
        assertTrue(run.now().holdingLonger());
        assertEquals(0, run.now().remainingNanos());
        assertEquals(15_500_000_000L, run.now().overtimeNanos());

        run.engine.skip();
        run.update();
        assertEquals(REST, run.now().step().kind());
        assertFalse(run.now().holdingLonger());
        assertEquals(new SetResult(1, 30, 45, true), run.all(SetEnded.class).get(0).set());
    }

    @Test
    void onlyAPlusHoldCanBeHeldLonger() {
        EngineRun exact = EngineRun.lowest(TestExercises.HOLD_EXACT);
        exact.at(6);
        assertFalse(exact.engine.canHoldLonger());
        exact.engine.holdLonger();
        exact.at(26);
        assertEquals(PhaseKind.DONE, exact.now().step().kind());

        EngineRun reps = EngineRun.lowest(TestExercises.BRIDGE);
        reps.at(6);
        assertFalse(reps.engine.canHoldLonger());
    }

    @Test
    void showsWhatComesNext() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        assertEquals(WORK, run.now().next().orElseThrow().kind());
        run.at(70);
        assertEquals(new Step(SWITCH_SIDE, Side.LEFT, 1, java.util.Optional.of(Duration.ofSeconds(5))),
                run.now().next().orElseThrow());
    }

    /** Results carry wall-clock stamps that differ between runs; compare the rest. */
    private static Object withoutTimes(SessionEvent event) {
        if (event instanceof SetEnded set) {
            return set.set();
        }
        if (event instanceof Finished finished) {
            return finished.result().sides();
        }
        return event;
    }
}
