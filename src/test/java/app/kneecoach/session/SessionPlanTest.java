package app.kneecoach.session;

import static app.kneecoach.session.PhaseKind.DONE;
import static app.kneecoach.session.PhaseKind.GET_READY;
import static app.kneecoach.session.PhaseKind.REST;
import static app.kneecoach.session.PhaseKind.SWITCH_SIDE;
import static app.kneecoach.session.PhaseKind.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.kneecoach.catalog.DosageMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionPlanTest {

    @Test
    void eachSideDoesAllSetsOnTheFirstSideThenSwitches() {
        SessionPlan plan = SessionPlan.of(TestExercises.HOLD_EACH,
                SessionChoice.lowest(TestExercises.HOLD_EACH.dosage()), SessionSettings.DEFAULT);

        assertEquals(List.of(
                Step.timed(GET_READY, Side.RIGHT, 1, Duration.ofSeconds(5)),
                Step.timed(WORK, Side.RIGHT, 1, Duration.ofSeconds(30)),
                Step.timed(REST, Side.RIGHT, 1, Duration.ofSeconds(15)),
                Step.timed(WORK, Side.RIGHT, 2, Duration.ofSeconds(30)),
                Step.timed(SWITCH_SIDE, Side.LEFT, 1, Duration.ofSeconds(5)),
                Step.timed(WORK, Side.LEFT, 1, Duration.ofSeconds(30)),
                Step.timed(REST, Side.LEFT, 1, Duration.ofSeconds(15)),
                Step.timed(WORK, Side.LEFT, 2, Duration.ofSeconds(30)),
                new Step(DONE, Side.LEFT, 0, Optional.empty())), plan.steps());
        assertEquals(List.of(Side.RIGHT, Side.LEFT), plan.sides());
    }

    @Test
    void theExpectedLengthAddsEveryPhaseAndEachRepAtItsTempo() {
        SessionSettings d = SessionSettings.DEFAULT;
        // 5 get ready, then 30 hold, 15 rest, 30 hold on the right; 5 to switch; the same on the left.
        assertEquals(Duration.ofSeconds(160), plan(TestExercises.HOLD_EACH, lowest(TestExercises.HOLD_EACH), d)
                .expectedLength());
        // 5 get ready, one set of 10 reps of 2 s up, 2 s at the top, 2 s down.
        assertEquals(Duration.ofSeconds(65), plan(TestExercises.BRIDGE, lowest(TestExercises.BRIDGE), d).expectedLength());
        // 3 sets of 10 reps of 2 + 5 + 2 s, with two 30 s rests between.
        assertEquals(Duration.ofSeconds(5 + 3 * 10 * 9 + 2 * 30), plan(TestExercises.BRIDGE,
                lowest(TestExercises.BRIDGE).withSets(3).withTopHoldSeconds(5), d).expectedLength());
        // 10 reps on each leg, turn about, make a set of 20: 2 sets of 20 reps of 4 s, one rest, no switch.
        assertEquals(Duration.ofSeconds(5 + 80 + 30 + 80),
                plan(TestExercises.ALTERNATING, lowest(TestExercises.ALTERNATING), d).expectedLength());
    }

    @Test
    void theExpectedLengthFollowsThePersonsTimingsAndPace() {
        SessionSettings mine = new SessionSettings(Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(45), Duration.ofSeconds(8), Side.LEFT);
        SessionPlan stretch = plan(TestExercises.HOLD_EACH, lowest(TestExercises.HOLD_EACH).withTarget(40).withSets(3), mine);
        assertEquals(Duration.ofSeconds(10 + 2 * (3 * 40 + 2 * 20) + 8), stretch.expectedLength());
        Tempo slower = Tempo.DEFAULT.slower();
        SessionPlan raises = plan(TestExercises.REPS_EACH, lowest(TestExercises.REPS_EACH).withTempo(slower), mine);
        // Each rep 2.5 s up and 2.5 s down; 2 sets on each leg with a 45 s rest, 8 s to switch legs.
        assertEquals(Duration.ofSeconds(10 + 2 * (10 * 5 + 45 + 10 * 5) + 8), raises.expectedLength());
        assertEquals(Duration.ofSeconds(338 + 308), SessionPlan.expectedLength(List.of(stretch, raises)));
        assertEquals(Duration.ZERO, SessionPlan.expectedLength(List.of()));
    }

    @Test
    void theEngineTakesAsLongAsThePlanExpects() {
        SessionPlan plan = plan(TestExercises.BRIDGE, lowest(TestExercises.BRIDGE).withSets(2), SessionSettings.DEFAULT);
        FakeClock clock = new FakeClock();
        SessionEngine engine = SessionEngine.start(plan, clock);
        clock.advance(plan.expectedLength().minusMillis(1));
        engine.update();
        assertFalse(engine.snapshot().step().kind() == DONE, "not done a moment before");
        clock.advance(Duration.ofMillis(1));
        engine.update();
        assertEquals(DONE, engine.snapshot().step().kind());
    }

    private static SessionChoice lowest(app.kneecoach.catalog.Exercise exercise) {
        return SessionChoice.lowest(exercise.dosage());
    }

    private static SessionPlan plan(app.kneecoach.catalog.Exercise exercise, SessionChoice choice, SessionSettings settings) {
        return SessionPlan.of(exercise, choice, settings);
    }

    @Test
    void alternatingLegsShareEverySetWithNoSideSwitch() {
        SessionPlan plan = SessionPlan.of(TestExercises.ALTERNATING,
                SessionChoice.lowest(TestExercises.ALTERNATING.dosage()), SessionSettings.DEFAULT);

        assertEquals(List.of(GET_READY, WORK, REST, WORK, DONE), plan.steps().stream().map(Step::kind).toList());
        assertTrue(plan.steps().stream().allMatch(s -> s.side() == Side.RIGHT), "each set starts on the first leg");
        assertTrue(plan.alternating());
        assertEquals(List.of(Side.RIGHT, Side.LEFT), plan.sides(), "sets are recorded on both legs");
        assertEquals(20, plan.repsPerSet(), "10 on each leg");
        assertEquals(List.of(new LegTurn(Side.RIGHT, 1), new LegTurn(Side.LEFT, 1), new LegTurn(Side.RIGHT, 2),
                new LegTurn(Side.LEFT, 10)), List.of(0, 1, 2, 19).stream()
                .map(rep -> plan.turn(plan.steps().get(1), rep)).toList());
    }

    @Test
    void alternatingSetsStartWithTheFirstLegOfTheSettings() {
        SessionSettings d = SessionSettings.DEFAULT;
        SessionPlan plan = SessionPlan.of(TestExercises.ALTERNATING,
                SessionChoice.lowest(TestExercises.ALTERNATING.dosage()),
                new SessionSettings(d.getReady(), d.stretchRest(), d.strengthRest(), d.switchSide(), Side.LEFT));

        assertEquals(List.of(Side.LEFT, Side.RIGHT), plan.sides());
        assertEquals(new LegTurn(Side.LEFT, 1), plan.turn(plan.steps().get(3), 0), "set 2 starts on the left too");
        assertEquals(new LegTurn(Side.RIGHT, 1), plan.turn(plan.steps().get(3), 1));
    }

    @Test
    void bothLegsExercisesRunOnePassAndRepWorkHasNoDuration() {
        SessionChoice choice = SessionChoice.lowest(TestExercises.BRIDGE.dosage()).withSets(2);
        SessionPlan plan = SessionPlan.of(TestExercises.BRIDGE, choice, SessionSettings.DEFAULT);

        assertEquals(List.of(GET_READY, WORK, REST, WORK, DONE), plan.steps().stream().map(Step::kind).toList());
        assertTrue(plan.steps().stream().allMatch(s -> s.side() == Side.BOTH));
        assertEquals(Optional.empty(), plan.steps().get(1).duration());
        assertEquals(Optional.of(Duration.ofSeconds(30)), plan.steps().get(2).duration(), "strengthening rest");
    }

    @Test
    void settingsChooseTheFirstLegAndTheTimings() {
        SessionSettings settings = new SessionSettings(Duration.ofSeconds(3), Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(8), Side.LEFT);
        SessionPlan plan = SessionPlan.of(TestExercises.REPS_EACH,
                SessionChoice.lowest(TestExercises.REPS_EACH.dosage()), settings);

        assertEquals(Side.LEFT, plan.steps().get(0).side());
        assertEquals(Optional.of(Duration.ofSeconds(3)), plan.steps().get(0).duration());
        assertEquals(Optional.of(Duration.ofSeconds(20)), plan.steps().get(2).duration());
        assertEquals(Step.timed(SWITCH_SIDE, Side.RIGHT, 1, Duration.ofSeconds(8)), plan.steps().get(4));
    }

    @Test
    void lowestChoiceIsTheArticlesMinimum() {
        SessionChoice bridge = SessionChoice.lowest(TestExercises.BRIDGE.dosage());
        assertEquals(new SessionChoice(DosageMode.REPS, 10, 1, 2, RepStyle.PACED, Tempo.DEFAULT), bridge);
        assertEquals(new SessionChoice(DosageMode.HOLD, 30, 2, 0, RepStyle.PACED, Tempo.DEFAULT),
                SessionChoice.lowest(TestExercises.HOLD_EACH.dosage()));
    }

    @Test
    void choicesMustStayWithinTheDosageExceptAboveAPlus() {
        SessionChoice hold = SessionChoice.lowest(TestExercises.HOLD_EACH.dosage());
        hold.withTarget(90).requireWithin(TestExercises.HOLD_EACH.dosage());

        assertRejected(TestExercises.HOLD_EACH, hold.withTarget(29), "hold seconds 29 is outside 30-30+");
        assertRejected(TestExercises.HOLD_EACH, hold.withSets(4), "sets 4 is outside 2-3");
        SessionChoice bridge = SessionChoice.lowest(TestExercises.BRIDGE.dosage());
        assertRejected(TestExercises.BRIDGE, bridge.withTarget(16), "reps 16 is outside 10-15");
        assertRejected(TestExercises.BRIDGE, bridge.withTopHoldSeconds(6), "top-hold seconds 6 is outside 2-5");
        assertRejected(TestExercises.BRIDGE, hold, "the exercise is dosed as REPS, not HOLD");
    }

    @Test
    void tempoAndSettingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Tempo(Duration.ZERO, Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new SessionSettings(Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5), Side.BOTH));
    }

    @Test
    void tempoStepsByHalfASecondWithinItsLimits() {
        assertEquals(new Tempo(Duration.ofMillis(2500), Duration.ofMillis(2500)), Tempo.DEFAULT.slower());
        assertEquals(new Tempo(Duration.ofMillis(1500), Duration.ofMillis(1500)), Tempo.DEFAULT.faster());
        Tempo quickest = new Tempo(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertEquals(new Tempo(Duration.ofMillis(500), Duration.ofMillis(500)), quickest.faster());
        Tempo slowest = new Tempo(Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertEquals(slowest, slowest.slower());
    }

    @Test
    void tempoLimitsAreHalfASecondToTenSecondsInclusiveForLiftAndLower() {
        Tempo widest = new Tempo(Duration.ofMillis(500), Duration.ofSeconds(10));
        assertEquals(Duration.ofMillis(500), widest.lift());
        assertEquals(Duration.ofSeconds(10), widest.lower());
        new Tempo(Duration.ofSeconds(10), Duration.ofMillis(500));

        assertTempoRejected(Duration.ofMillis(499), Duration.ofSeconds(2), "lift time must be 0.5 to 10 s: PT0.499S");
        assertTempoRejected(Duration.ofMillis(10_001), Duration.ofSeconds(2), "lift time must be 0.5 to 10 s: PT10.001S");
        assertTempoRejected(Duration.ofSeconds(2), Duration.ofMillis(499), "lower time must be 0.5 to 10 s: PT0.499S");
        assertTempoRejected(Duration.ofSeconds(2), Duration.ofMillis(10_001), "lower time must be 0.5 to 10 s: PT10.001S");
    }

    @Test
    void eachWithChangesOnlyItsOwnChoice() {
        SessionChoice bridge = SessionChoice.lowest(TestExercises.BRIDGE.dosage());
        Tempo slow = Tempo.DEFAULT.slower();
        assertEquals(new SessionChoice(DosageMode.REPS, 10, 1, 2, RepStyle.PACED, slow), bridge.withTempo(slow));
        assertEquals(new SessionChoice(DosageMode.REPS, 12, 1, 2, RepStyle.PACED, Tempo.DEFAULT), bridge.withTarget(12));
        assertEquals(new SessionChoice(DosageMode.REPS, 10, 3, 2, RepStyle.PACED, Tempo.DEFAULT), bridge.withSets(3));
        assertEquals(new SessionChoice(DosageMode.REPS, 10, 1, 5, RepStyle.PACED, Tempo.DEFAULT),
                bridge.withTopHoldSeconds(5));
        assertEquals(new SessionChoice(DosageMode.REPS, 10, 1, 2, RepStyle.SELF_PACED, Tempo.DEFAULT),
                bridge.withRepStyle(RepStyle.SELF_PACED));
    }

    @Test
    void theSystemClockReadsTheJvmsMonotonicAndWallClocks() {
        SessionClock clock = SessionClock.system();
        long before = System.nanoTime();
        long reading = clock.nanoTime();
        long after = System.nanoTime();
        assertTrue(before <= reading && reading <= after, before + " <= " + reading + " <= " + after);

        Instant wallBefore = Instant.now();
        Instant now = clock.now();
        Instant wallAfter = Instant.now();
        assertFalse(now.isBefore(wallBefore) || now.isAfter(wallAfter), wallBefore + " <= " + now + " <= " + wallAfter);
    }

    private static void assertTempoRejected(Duration lift, Duration lower, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> new Tempo(lift, lower));
        assertEquals(message, e.getMessage());
    }

    private static void assertRejected(app.kneecoach.catalog.Exercise exercise, SessionChoice choice, String message) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SessionPlan.of(exercise, choice, SessionSettings.DEFAULT));
        assertEquals(message, e.getMessage());
    }
}
