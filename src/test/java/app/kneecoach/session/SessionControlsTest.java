package app.kneecoach.session;

import static app.kneecoach.session.PhaseKind.GET_READY;
import static app.kneecoach.session.PhaseKind.REST;
import static app.kneecoach.session.PhaseKind.SWITCH_SIDE;
import static app.kneecoach.session.PhaseKind.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.SessionEvent.Finished;
import app.kneecoach.session.SessionEvent.SetEnded;
import app.kneecoach.session.SessionResult.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionControlsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void skipEndsEachKindOfPhaseAtOnce() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(1);
        run.engine.skip();
        run.update();
        assertEquals(WORK, run.now().step().kind());
        assertEquals(30 * SECOND, run.now().remainingNanos(), "the hold starts in full when get-ready is skipped");

        run.at(13.5);
        run.engine.skip();
        run.update();
        assertEquals(REST, run.now().step().kind());
        assertEquals(new SetResult(1, 30, 12, false), run.all(SetEnded.class).get(0).set());

        run.engine.skip();
        run.update();
        assertEquals(WORK, run.now().step().kind());
        run.engine.skip();
        run.update();
        assertEquals(SWITCH_SIDE, run.now().step().kind());
        assertEquals(1, run.all(SetEnded.class).size(), "a skipped hold with nothing held records nothing");
        run.engine.skip();
        run.update();
        assertEquals(new Step(WORK, Side.LEFT, 1, run.now().step().duration()), run.now().step());
        assertEquals(Map.of(Side.RIGHT, 0, Side.LEFT, 0), run.now().setsDone());
    }

    @Test
    void redoRestartsTheWorkFromZero() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(25);
        run.engine.redoSet();
        run.update();
        assertEquals(new Step(WORK, Side.RIGHT, 1, run.now().step().duration()), run.now().step());
        assertEquals(30 * SECOND, run.now().remainingNanos());
        assertEquals(List.of(), run.all(SetEnded.class));
    }

    @Test
    void redoDuringTheRestDoesThatSetAgainAndForgetsIt() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(40);
        assertEquals(REST, run.now().step().kind());
        assertEquals(1, run.now().setsDone().get(Side.RIGHT));
        run.engine.redoSet();
        run.update();
        assertEquals(new Step(WORK, Side.RIGHT, 1, run.now().step().duration()), run.now().step());
        assertEquals(0, run.now().setsDone().get(Side.RIGHT));
        run.at(70);
        assertEquals(REST, run.now().step().kind());
        run.at(200);
        assertEquals(List.of(new SetResult(1, 30, 30, true).withRest(15), new SetResult(2, 30, 30, true)),
                run.engine.result().orElseThrow().side(Side.RIGHT).sets(), "set 1 is recorded once");
    }

    @Test
    void redoDuringTheSideSwitchRedoesTheLastSetOfTheFirstSide() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(82);
        assertEquals(SWITCH_SIDE, run.now().step().kind());
        run.engine.redoSet();
        run.update();
        assertEquals(new Step(WORK, Side.RIGHT, 2, run.now().step().duration()), run.now().step());
        assertEquals(1, run.now().setsDone().get(Side.RIGHT));
    }

    @Test
    void redoDuringGetReadyRestartsTheCountdown() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(4);
        run.engine.redoSet();
        run.update();
        assertEquals(GET_READY, run.now().step().kind());
        assertEquals(5 * SECOND, run.now().remainingNanos());
    }

    @Test
    void endingEarlyKeepsWhatWasDoneAndSaysWhatWasNot() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(60.7);
        run.engine.endEarly();
        List<SessionEvent> last = run.update();

        assertTrue(run.engine.isFinished());
        SessionResult result = ((Finished) last.get(last.size() - 1)).result();
        assertEquals(Outcome.ENDED_EARLY, result.outcome());
        assertEquals(List.of(new SetResult(1, 30, 30, true).withRest(15), new SetResult(2, 30, 10, false)),
                result.side(Side.RIGHT).sets());
        assertEquals(List.of(), result.side(Side.LEFT).sets());
        assertEquals(PhaseKind.DONE, run.now().step().kind());

        run.engine.endEarly();
        run.engine.skip();
        run.at(500);
        assertEquals(1, run.all(Finished.class).size(), "controls after the end change nothing");
    }

    @Test
    void skippingWhilePausedStartsTheNextPhasePaused() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(2);
        run.engine.pause();
        run.engine.skip();
        run.at(100);
        assertEquals(WORK, run.now().step().kind());
        assertTrue(run.now().paused());
        assertEquals(30 * SECOND, run.now().remainingNanos());
        run.engine.togglePause();
        run.at(110);
        assertEquals(20 * SECOND, run.now().remainingNanos());
    }

    @Test
    void togglePausePausesARunningSessionAndResumesAPausedOne() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(10);
        run.engine.togglePause();
        run.at(60);
        assertTrue(run.now().paused());
        assertEquals(25 * SECOND, run.now().remainingNanos(), "5 s of the hold ran before the pause");
        run.engine.togglePause();
        run.at(70);
        assertFalse(run.now().paused());
        assertEquals(15 * SECOND, run.now().remainingNanos());
    }

    /** System.nanoTime's origin is arbitrary: its readings may be zero or negative, and pausing must still work. */
    @ParameterizedTest(name = "clock starting at {0} ns")
    @ValueSource(longs = {-15_000_000_000L, -100_000_000_000L, Long.MIN_VALUE / 2})
    void pausingWorksWhateverTheClocksOrigin(long origin) {
        EngineRun run = new EngineRun(TestExercises.HOLD_EACH, SessionChoice.lowest(TestExercises.HOLD_EACH.dosage()),
                SessionSettings.DEFAULT, new FakeClock(origin));
        run.at(15);
        run.engine.pause();
        run.at(115);
        assertTrue(run.now().paused());
        assertEquals(WORK, run.now().step().kind());
        assertEquals(20 * SECOND, run.now().remainingNanos());
        run.engine.resume();
        run.at(125);
        assertFalse(run.now().paused());
        assertEquals(10 * SECOND, run.now().remainingNanos());
    }

    @Test
    void aTempoChosenBetweenSetsPacesTheNextSet() {
        SessionChoice choice = SessionChoice.lowest(TestExercises.REPS_EACH.dosage());
        EngineRun run = new EngineRun(TestExercises.REPS_EACH, choice);
        assertEquals(Tempo.DEFAULT, run.engine.tempo());
        run.at(5 + 40);
        assertEquals(REST, run.now().step().kind(), "10 reps of 2 + 2 s");
        Tempo quick = new Tempo(Duration.ofSeconds(1), Duration.ofSeconds(1));
        run.engine.setTempo(quick);
        assertEquals(quick, run.engine.tempo());
        run.at(5 + 40 + 30);
        assertEquals(WORK, run.now().step().kind());
        run.at(5 + 40 + 30 + 19.999);
        assertEquals(9, run.now().repsDone());
        run.at(5 + 40 + 30 + 20);
        assertEquals(SWITCH_SIDE, run.now().step().kind(), "10 reps of 1 + 1 s");
        assertEquals(quick, run.engine.tempo(), "the tempo stays for the rest of the session");
    }

    @Test
    void theResultListsTheSidesInTheOrderTheyWereDone() {
        SessionSettings leftFirst = new SessionSettings(Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofSeconds(5), Side.LEFT);
        EngineRun run = new EngineRun(TestExercises.HOLD_EACH, SessionChoice.lowest(TestExercises.HOLD_EACH.dosage()),
                leftFirst);
        run.at(40);
        assertEquals(List.of(Side.LEFT, Side.RIGHT),
                run.engine.resultSoFar().sides().stream().map(SideResult::side).toList());
        run.at(1000);
        SessionResult result = run.engine.result().orElseThrow();
        assertEquals(List.of(Side.LEFT, Side.RIGHT), result.sides().stream().map(SideResult::side).toList());
        assertEquals(2, result.side(Side.LEFT).setsCompleted());
    }
}
