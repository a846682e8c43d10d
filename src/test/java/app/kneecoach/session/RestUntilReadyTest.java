package app.kneecoach.session;

import static app.kneecoach.session.PhaseKind.REST;
import static app.kneecoach.session.PhaseKind.SWITCH_SIDE;
import static app.kneecoach.session.PhaseKind.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.SessionEvent.CountdownTick;
import app.kneecoach.session.SessionEvent.RestPlannedReached;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Rests that wait for the person: a 30 s hold, two sets each leg, a planned rest of 15 s from 35 s on. */
class RestUntilReadyTest {
    private static final long SECOND = 1_000_000_000L;
    private static final double REST_STARTS = 35;

    private static EngineRun waiting() {
        return new EngineRun(TestExercises.HOLD_EACH,
                SessionChoice.lowest(TestExercises.HOLD_EACH.dosage()).withRestUntilReady(true));
    }

    @Test
    void theRestCountsUpPastItsPlannedLengthUntilThePersonIsReady() {
        EngineRun run = waiting();
        run.at(REST_STARTS);
        assertEquals(REST, run.now().step().kind());
        assertTrue(run.now().waitsForReady());
        run.at(REST_STARTS + 42.5);

        assertEquals(REST, run.now().step().kind(), "no end of its own");
        assertEquals(42_500_000_000L, run.now().activeNanos());
        assertEquals(0, run.now().remainingNanos());
    }

    @Test
    void thePlannedLengthIsMarkedOnceAtExactlyThatMoment() {
        EngineRun run = waiting();
        run.at(REST_STARTS);
        int ticksBefore = run.all(CountdownTick.class).size();
        run.at(REST_STARTS + 14.999);
        assertEquals(List.of(), run.all(RestPlannedReached.class));

        List<SessionEvent> atPlanned = run.at(REST_STARTS + 15);
        assertEquals(1, atPlanned.stream().filter(RestPlannedReached.class::isInstance).count());
        run.at(REST_STARTS + 16);
        run.at(REST_STARTS + 300);
        assertEquals(1, run.all(RestPlannedReached.class).size());
        assertEquals(ticksBefore, run.all(CountdownTick.class).size(), "the rest counts no seconds down");
    }

    @Test
    void readyEndsTheRestAndTheRestTakenIsRecordedOnItsSet() {
        EngineRun run = waiting();
        run.at(REST_STARTS + 65.4);
        run.engine.ready();
        run.update();

        assertEquals(new Step(WORK, Side.RIGHT, 2, run.now().step().duration()), run.now().step());
        assertFalse(run.now().waitsForReady());
        assertEquals(30 * SECOND, run.now().remainingNanos(), "the next set starts in full");
        assertEquals(OptionalInt.of(65), run.engine.resultSoFar().side(Side.RIGHT).sets().get(0).restSeconds());
        SessionEvent.SetEnded secondSet = (SessionEvent.SetEnded) run.at(REST_STARTS + 65.4 + 30).stream()
                .filter(SessionEvent.SetEnded.class::isInstance).findFirst().orElseThrow();
        assertEquals(OptionalInt.of(65), secondSet.soFar().side(Side.RIGHT).sets().get(0).restSeconds(),
                "saved with the next set");
    }

    @Test
    void aPauseInTheRestIsNotCountedAsRested() {
        EngineRun run = waiting();
        run.at(REST_STARTS + 5);
        run.engine.pause();
        run.at(REST_STARTS + 65);
        assertEquals(5 * SECOND, run.now().activeNanos());
        run.engine.resume();
        run.at(REST_STARTS + 74.999);
        assertEquals(List.of(), run.all(RestPlannedReached.class));
        run.at(REST_STARTS + 75);
        assertEquals(1, run.all(RestPlannedReached.class).size(), "15 s rested, the minute paused left out");
        run.at(REST_STARTS + 80);
        run.engine.skip();
        run.update();

        assertEquals(WORK, run.now().step().kind(), "skip ends it too");
        assertEquals(OptionalInt.of(20), run.engine.resultSoFar().side(Side.RIGHT).sets().get(0).restSeconds());
    }

    @Test
    void readyDoesNothingOutsideARestThatWaits() {
        EngineRun run = waiting();
        run.at(10);
        run.engine.ready();
        run.update();
        assertEquals(WORK, run.now().step().kind());
        assertEquals(25 * SECOND, run.now().remainingNanos());

        EngineRun timed = EngineRun.lowest(TestExercises.HOLD_EACH);
        timed.at(REST_STARTS + 3);
        timed.engine.ready();
        timed.update();
        assertEquals(REST, timed.now().step().kind(), "a timed rest runs its length");
        assertFalse(timed.now().waitsForReady());
        assertEquals(12 * SECOND, timed.now().remainingNanos());
    }

    @Test
    void theSideSwitchStaysTimed() {
        EngineRun run = waiting();
        run.at(REST_STARTS + 20);
        run.engine.ready();
        run.update();
        run.at(REST_STARTS + 50);
        assertEquals(SWITCH_SIDE, run.now().step().kind());
        assertFalse(run.now().waitsForReady());
        run.at(REST_STARTS + 55);
        assertEquals(new Step(WORK, Side.LEFT, 1, run.now().step().duration()), run.now().step());
    }

    @Test
    void endingEarlyInTheRestRecordsNoRestAfterTheLastSetDone() {
        EngineRun run = waiting();
        run.at(REST_STARTS + 8);
        run.engine.endEarly();
        run.update();
        assertEquals(OptionalInt.empty(), run.engine.result().orElseThrow().side(Side.RIGHT).sets().get(0).restSeconds());
    }
}
