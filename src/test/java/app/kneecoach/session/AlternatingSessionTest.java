package app.kneecoach.session;

import static app.kneecoach.session.PhaseKind.DONE;
import static app.kneecoach.session.PhaseKind.GET_READY;
import static app.kneecoach.session.PhaseKind.REST;
import static app.kneecoach.session.PhaseKind.WORK;
import static app.kneecoach.session.RepStage.LIFT;
import static app.kneecoach.session.Side.LEFT;
import static app.kneecoach.session.Side.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.session.SessionEvent.RepCounted;
import app.kneecoach.session.SessionEvent.RepStageChanged;
import app.kneecoach.session.SessionEvent.SetEnded;
import app.kneecoach.session.SessionResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Legs that take turns rep by rep (the step ups' 10 on each leg, 2 sets): a set is 20 reps, right, left,
 * right..., every set starting on the first leg, with no side switch. Paced reps take 2 s up and 2 s down,
 * so a set lasts 80 s; the rest between is 30 s.
 */
class AlternatingSessionTest {
    private static final double REP = 4;
    private static final double SET = 20 * REP;
    private static final double SET_2 = 5 + SET + 30;

    @Test
    void pacedRepsTakeTurnsAndEverySetStartsOnTheFirstLeg() {
        EngineRun run = EngineRun.lowest(TestExercises.ALTERNATING);
        run.at(5);
        assertEquals(Optional.of(new LegTurn(RIGHT, 1)), run.now().turn());
        run.at(5 + REP);
        assertEquals(Optional.of(new LegTurn(LEFT, 1)), run.now().turn());
        assertEquals(1, run.now().repsDone(), "reps done in the set, both legs counted");
        run.at(5 + 2 * REP);
        assertEquals(Optional.of(new LegTurn(RIGHT, 2)), run.now().turn());
        run.at(5 + SET - 0.001);
        assertEquals(Optional.of(new LegTurn(LEFT, 10)), run.now().turn());
        run.at(5 + SET);
        assertEquals(REST, run.now().step().kind());
        assertEquals(Optional.empty(), run.now().turn(), "no leg's turn while resting");
        run.at(SET_2);
        assertEquals(Optional.of(new LegTurn(RIGHT, 1)), run.now().turn());
        run.at(SET_2 + SET);
        assertEquals(DONE, run.now().step().kind());

        assertEquals(List.of(GET_READY, WORK, REST, WORK), run.phases(), "no side switch");
        List<RepCounted> expected = new ArrayList<>();
        for (int set = 1; set <= 2; set++) {
            for (int rep = 1; rep <= 10; rep++) {
                expected.add(new RepCounted(RIGHT, rep));
                expected.add(new RepCounted(LEFT, rep));
            }
        }
        assertEquals(expected, run.all(RepCounted.class));
        List<RepStageChanged> stages = run.all(RepStageChanged.class);
        assertEquals(80, stages.size(), "lift and lower of 20 reps, twice");
        assertEquals(new RepStageChanged(20, LIFT), stages.get(38), "the set's reps are numbered through");
    }

    @Test
    void eachLegRecordsItsOwnRepsOfEverySet() {
        EngineRun run = EngineRun.lowest(TestExercises.ALTERNATING);
        run.at(5 + SET);
        assertEquals(Map.of(RIGHT, 1, LEFT, 1), run.now().setsDone());
        run.at(SET_2 + SET);

        SetResult full1 = new SetResult(1, 10, 10, true).withRest(30);
        SetResult full2 = new SetResult(2, 10, 10, true);
        SessionResult result = run.engine.result().orElseThrow();
        assertEquals(Outcome.COMPLETED, result.outcome());
        assertEquals(List.of(new SideResult(RIGHT, List.of(full1, full2)), new SideResult(LEFT, List.of(full1, full2))),
                result.sides());
        List<SetEnded> ended = run.all(SetEnded.class);
        assertEquals(List.of(RIGHT, LEFT, RIGHT, LEFT), ended.stream().map(SetEnded::side).toList());
        SetResult beforeItsRest = new SetResult(1, 10, 10, true);
        assertEquals(List.of(beforeItsRest), ended.get(0).soFar().side(RIGHT).sets());
        assertEquals(List.of(), ended.get(0).soFar().side(LEFT).sets(), "each leg's set is saved as it is recorded");
        assertEquals(List.of(beforeItsRest), ended.get(1).soFar().side(LEFT).sets());
        assertEquals(List.of(full1), ended.get(2).soFar().side(LEFT).sets(), "the rest after it, on both legs");
    }

    @Test
    void aPauseHoldsTheRepAndTheLegUnderWay() {
        EngineRun run = EngineRun.lowest(TestExercises.ALTERNATING);
        run.at(5 + 5);   // the left leg's first rep is lifting
        run.engine.pause();
        run.at(5 + 100);
        assertEquals(Optional.of(new LegTurn(LEFT, 1)), run.now().turn());
        assertEquals(Optional.of(LIFT), run.now().repStage());
        assertEquals(1, run.now().repsDone());
        run.engine.resume();
        run.at(5 + 100 + 2.999);
        assertEquals(Optional.of(new LegTurn(LEFT, 1)), run.now().turn());
        run.at(5 + 100 + 3);
        assertEquals(Optional.of(new LegTurn(RIGHT, 2)), run.now().turn());
    }

    @Test
    void aSkippedSetKeepsWhatEachLegDid() {
        EngineRun run = at(5 + 3 * REP + 1, SessionEngine::skip);   // right 2, left 1 done; the left's second under way
        assertEquals(REST, run.now().step().kind());
        assertEquals(List.of(new SetResult(1, 10, 2, false), new SetResult(1, 10, 1, false)),
                run.all(SetEnded.class).stream().map(SetEnded::set).toList());
        assertEquals(Map.of(RIGHT, 0, LEFT, 0), run.now().setsDone());
    }

    @Test
    void aSetEndedAfterOneRepRecordsOnlyTheLegThatDidIt() {
        EngineRun run = at(5 + REP + 1, SessionEngine::endEarly);
        SessionResult result = run.engine.result().orElseThrow();
        assertEquals(Outcome.ENDED_EARLY, result.outcome());
        assertEquals(List.of(new SideResult(RIGHT, List.of(new SetResult(1, 10, 1, false))),
                new SideResult(LEFT, List.of())), result.sides());
        assertEquals(1, run.all(SetEnded.class).size());
    }

    @Test
    void redoingASetDuringTheRestForgetsItOnBothLegs() {
        EngineRun run = at(5 + SET + 10, SessionEngine::redoSet);
        assertEquals(new Step(WORK, RIGHT, 1, Optional.empty()), run.now().step());
        assertEquals(Optional.of(new LegTurn(RIGHT, 1)), run.now().turn());
        assertEquals(List.of(new SideResult(RIGHT, List.of()), new SideResult(LEFT, List.of())),
                run.engine.resultSoFar().sides());

        run.at(5 + SET + 10 + SET);
        assertEquals(REST, run.now().step().kind());
        SetResult full = new SetResult(1, 10, 10, true);
        assertEquals(List.of(new SideResult(RIGHT, List.of(full)), new SideResult(LEFT, List.of(full))),
                run.engine.resultSoFar().sides(), "the set done again is recorded once on each leg");
    }

    @Test
    void endingEarlyKeepsTheFinishedSetAndEachLegsRepsOfTheOneUnderWay() {
        EngineRun run = at(SET_2 + 5 * REP + 1, SessionEngine::endEarly);
        SetResult full = new SetResult(1, 10, 10, true).withRest(30);
        assertEquals(List.of(new SideResult(RIGHT, List.of(full, new SetResult(2, 10, 3, false))),
                new SideResult(LEFT, List.of(full, new SetResult(2, 10, 2, false)))),
                run.engine.result().orElseThrow().sides());
    }

    @Test
    void selfPacedCountsTakeTurnsUntilEachLegHasItsReps() {
        SessionChoice choice = SessionChoice.lowest(TestExercises.ALTERNATING.dosage())
                .withRepStyle(RepStyle.SELF_PACED);
        EngineRun run = new EngineRun(TestExercises.ALTERNATING, choice);
        run.at(5);
        assertEquals(Optional.of(new LegTurn(RIGHT, 1)), run.now().turn(), "the first rep to do");
        run.engine.countRep();
        run.update();
        assertEquals(List.of(new RepCounted(RIGHT, 1)), run.all(RepCounted.class));
        assertEquals(Optional.of(new LegTurn(LEFT, 1)), run.now().turn());
        for (int i = 0; i < 18; i++) {
            run.engine.countRep();
        }
        run.update();
        assertEquals(WORK, run.now().step().kind(), "19 of 20");
        assertEquals(19, run.now().repsDone());
        assertEquals(Optional.of(new LegTurn(LEFT, 10)), run.now().turn());
        run.engine.countRep();
        run.update();
        assertEquals(REST, run.now().step().kind());
        assertEquals(new RepCounted(LEFT, 10), run.all(RepCounted.class).get(19));
        assertEquals(List.of(new SetResult(1, 10, 10, true), new SetResult(1, 10, 10, true)),
                run.all(SetEnded.class).stream().map(SetEnded::set).toList());
    }

    /** The paced lowest dose run to {@code seconds}, where {@code control} is used, then updated. */
    private static EngineRun at(double seconds, Consumer<SessionEngine> control) {
        EngineRun run = EngineRun.lowest(TestExercises.ALTERNATING);
        run.at(seconds);
        control.accept(run.engine);
        run.update();
        return run;
    }

    @Test
    void legsThatDoNotAlternateHaveNoTurns() {
        EngineRun run = EngineRun.lowest(TestExercises.REPS_EACH);
        run.at(5 + 1);
        assertEquals(Optional.empty(), run.now().turn());
    }
}
