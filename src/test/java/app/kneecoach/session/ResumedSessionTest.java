package app.kneecoach.session;

import static app.kneecoach.session.PhaseKind.DONE;
import static app.kneecoach.session.PhaseKind.GET_READY;
import static app.kneecoach.session.PhaseKind.REST;
import static app.kneecoach.session.PhaseKind.SWITCH_SIDE;
import static app.kneecoach.session.PhaseKind.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.SessionResult.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A session cut short is taken up again at the first set not done, and its result holds every set. */
class ResumedSessionTest {
    private static final long SECOND = 1_000_000_000L;
    private static final SessionChoice HOLD_30_3 = SessionChoice.lowest(TestExercises.HOLD_EACH.dosage()).withSets(3);

    private static SetResult held(int set) {
        return new SetResult(set, 30, 30, true);
    }

    @Test
    void startsWithAGetReadyForTheFirstSetNotDoneAndGoesOnFromThere() {
        List<SideResult> done = List.of(new SideResult(Side.RIGHT, List.of(held(1))), new SideResult(Side.LEFT, List.of()));
        SessionPlan plan = SessionPlan.resumed(TestExercises.HOLD_EACH, HOLD_30_3, SessionSettings.DEFAULT, done);

        assertEquals(List.of(GET_READY, WORK, REST, WORK, SWITCH_SIDE, WORK, REST, WORK, REST, WORK, DONE),
                plan.steps().stream().map(Step::kind).toList());
        assertEquals(new Step(GET_READY, Side.RIGHT, 2, Optional.of(Duration.ofSeconds(5))), plan.steps().get(0));
        assertEquals(new Step(WORK, Side.RIGHT, 2, Optional.of(Duration.ofSeconds(30))), plan.steps().get(1));
        assertEquals(List.of(Side.RIGHT, Side.LEFT), plan.sides());
    }

    @Test
    void theResultHoldsTheSetsDoneBeforeAndAfter() {
        List<SideResult> done = List.of(new SideResult(Side.RIGHT, List.of(held(1))), new SideResult(Side.LEFT, List.of()));
        FakeClock clock = new FakeClock();
        SessionEngine engine = SessionEngine.start(
                SessionPlan.resumed(TestExercises.HOLD_EACH, HOLD_30_3, SessionSettings.DEFAULT, done), clock);
        engine.update();
        assertEquals(Map.of(Side.RIGHT, 1, Side.LEFT, 0), engine.snapshot().setsDone(), "set 1 shows as done");

        clock.advance(Duration.ofSeconds(5 + 30));
        List<SessionEvent> events = engine.update();
        SessionEvent.SetEnded second = events.stream().filter(SessionEvent.SetEnded.class::isInstance)
                .map(SessionEvent.SetEnded.class::cast).findFirst().orElseThrow();
        assertEquals(held(2), second.set());
        assertEquals(List.of(held(1), held(2)), second.soFar().side(Side.RIGHT).sets(), "saved with set 1");

        clock.advance(Duration.ofSeconds(15 + 30 + 5 + 3 * 30 + 2 * 15));
        engine.update();
        SessionResult result = engine.result().orElseThrow();
        assertEquals(Outcome.COMPLETED, result.outcome());
        assertEquals(List.of(held(1), held(2).withRest(15), held(3)), result.side(Side.RIGHT).sets());
        assertEquals(3, result.side(Side.LEFT).setsCompleted());
    }

    @Test
    void keepsTheOrderOfTheSidesItWasStartedWith() {
        List<SideResult> done = List.of(new SideResult(Side.LEFT, List.of(held(1), held(2), held(3))),
                new SideResult(Side.RIGHT, List.of()));
        SessionPlan plan = SessionPlan.resumed(TestExercises.HOLD_EACH, HOLD_30_3, SessionSettings.DEFAULT, done);

        assertEquals(new Step(GET_READY, Side.RIGHT, 1, Optional.of(Duration.ofSeconds(5))), plan.steps().get(0),
                "the left leg was first and is done: the right leg's first set, with no side switch");
        assertEquals(List.of(GET_READY, WORK, REST, WORK, REST, WORK, DONE),
                plan.steps().stream().map(Step::kind).toList());
        assertEquals(List.of(Side.LEFT, Side.RIGHT), plan.sides());
    }

    @Test
    void aSetEndedEarlyCountsAsDoneAndIsKept() {
        SetResult short1 = new SetResult(1, 30, 12, false);
        List<SideResult> done = List.of(new SideResult(Side.RIGHT, List.of(short1)), new SideResult(Side.LEFT, List.of()));
        SessionEngine engine = SessionEngine.start(
                SessionPlan.resumed(TestExercises.HOLD_EACH, HOLD_30_3, SessionSettings.DEFAULT, done), new FakeClock());
        engine.update();
        assertEquals(new Step(GET_READY, Side.RIGHT, 2, Optional.of(Duration.ofSeconds(5))), engine.snapshot().step());
        engine.endEarly();
        assertEquals(List.of(short1), engine.result().orElseThrow().side(Side.RIGHT).sets());
    }

    @Test
    void alternatingLegsResumeAtTheSetTheFirstLegHasNotDone() {
        SessionChoice choice = SessionChoice.lowest(TestExercises.ALTERNATING.dosage());
        List<SideResult> done = List.of(new SideResult(Side.RIGHT, List.of(new SetResult(1, 10, 10, true))),
                new SideResult(Side.LEFT, List.of(new SetResult(1, 10, 10, true))));
        FakeClock clock = new FakeClock();
        SessionEngine engine = SessionEngine.start(
                SessionPlan.resumed(TestExercises.ALTERNATING, choice, SessionSettings.DEFAULT, done), clock);
        engine.update();
        clock.advanceSeconds(5);
        engine.update();
        assertEquals(new Step(WORK, Side.RIGHT, 2, Optional.empty()), engine.snapshot().step());
        assertEquals(Map.of(Side.RIGHT, 1, Side.LEFT, 1), engine.snapshot().setsDone());
    }

    @Test
    void withEverySetDoneOnlyTheEndIsLeft() {
        List<SideResult> done = List.of(new SideResult(Side.BOTH, List.of(new SetResult(1, 60, 60, true),
                new SetResult(2, 60, 60, true))));
        SessionChoice choice = SessionChoice.lowest(TestExercises.HOLD_BOTH.dosage());
        SessionPlan plan = SessionPlan.resumed(TestExercises.HOLD_BOTH, choice, SessionSettings.DEFAULT, done);
        assertEquals(List.of(DONE), plan.steps().stream().map(Step::kind).toList());
        SessionEngine engine = SessionEngine.start(plan, new FakeClock());
        assertTrue(engine.isFinished());
        assertEquals(2, engine.result().orElseThrow().side(Side.BOTH).setsCompleted());
    }

    @Test
    void setsOnSidesTheExerciseIsNotDoneOnAreRefused() {
        List<SideResult> done = List.of(new SideResult(Side.RIGHT, List.of(held(1))));
        SessionChoice choice = SessionChoice.lowest(TestExercises.HOLD_BOTH.dosage());
        assertThrows(IllegalArgumentException.class,
                () -> SessionPlan.resumed(TestExercises.HOLD_BOTH, choice, SessionSettings.DEFAULT, done));
    }

    @Test
    void theGetReadyCountsDownAsAtTheStart() {
        List<SideResult> done = List.of(new SideResult(Side.RIGHT, List.of(held(1))), new SideResult(Side.LEFT, List.of()));
        FakeClock clock = new FakeClock();
        SessionEngine engine = SessionEngine.start(
                SessionPlan.resumed(TestExercises.HOLD_EACH, HOLD_30_3, SessionSettings.DEFAULT, done), clock);
        engine.update();
        assertEquals(5 * SECOND, engine.snapshot().remainingNanos());
        clock.advanceSeconds(2);
        engine.update();
        assertEquals(3 * SECOND, engine.snapshot().remainingNanos());
    }
}
