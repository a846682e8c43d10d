package app.kneecoach.session;

import static app.kneecoach.session.RepStage.LIFT;
import static app.kneecoach.session.RepStage.LOWER;
import static app.kneecoach.session.RepStage.TOP_HOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.SessionEvent.RepCounted;
import app.kneecoach.session.SessionEvent.RepStageChanged;
import app.kneecoach.session.SessionEvent.SetEnded;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepSessionTest {

    /** Bridge, 10 reps with a 3 s top hold at the default 2 s lift and 2 s lower: a rep every 7 s. */
    private static EngineRun pacedBridge() {
        SessionChoice choice = SessionChoice.lowest(TestExercises.BRIDGE.dosage()).withTopHoldSeconds(3);
        EngineRun run = new EngineRun(TestExercises.BRIDGE, choice);
        run.at(5);
        return run;
    }

    @Test
    void pacedRepsLiftHoldAtTheTopAndLowerOnTime() {
        EngineRun run = pacedBridge();
        assertEquals(List.of(new RepStageChanged(1, LIFT)), run.all(RepStageChanged.class));
        assertEquals(Optional.of(LIFT), run.now().repStage());

        assertEquals(List.of(), run.at(6.999));
        assertEquals(List.of(new RepStageChanged(1, TOP_HOLD)), run.at(7));
        assertEquals(List.of(), run.at(9.999));
        assertEquals(List.of(new RepStageChanged(1, LOWER)), run.at(10));
        assertEquals(List.of(new RepCounted(Side.BOTH, 1), new RepStageChanged(2, LIFT)), run.at(12));
        assertEquals(1, run.now().repsDone());
    }

    @Test
    void aPacedSetEndsAfterTheChosenRepsAndMovesOn() {
        EngineRun run = pacedBridge();
        run.at(5 + 69.999);
        assertEquals(PhaseKind.WORK, run.now().step().kind());
        assertEquals(9, run.now().repsDone());
        run.at(5 + 70);
        assertEquals(PhaseKind.DONE, run.now().step().kind(), "the bridge's lowest dose is one set");
        assertEquals(10, run.all(RepCounted.class).size());
        assertEquals(30, run.all(RepStageChanged.class).size());
        assertEquals(new SetResult(1, 10, 10, true), run.all(SetEnded.class).get(0).set());
    }

    @Test
    void aTempoChangeAppliesFromTheNextRepAndKeepsTheCount() {
        EngineRun run = pacedBridge();
        run.at(5 + 8);   // rep 2 is lifting
        run.engine.setTempo(new Tempo(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertEquals(1, run.now().repsDone());
        run.at(5 + 13.999);
        assertEquals(Optional.of(LOWER), run.now().repStage(), "rep 2 finishes at the old tempo");
        run.at(5 + 14);
        assertEquals(2, run.now().repsDone());
        run.at(5 + 15);
        assertEquals(Optional.of(TOP_HOLD), run.now().repStage(), "rep 3 lifts in 1 s");
        run.at(5 + 18.999);
        assertEquals(2, run.now().repsDone());
        run.at(5 + 19);
        assertEquals(3, run.now().repsDone(), "rep 3 took 1 + 3 + 1 s");
        run.at(5 + 19 + 7 * 5);
        assertEquals(PhaseKind.DONE, run.now().step().kind());
        List<Integer> counted = run.all(RepCounted.class).stream().map(RepCounted::reps).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), counted);
    }

    @Test
    void pausingAPacedRepFreezesIt() {
        EngineRun run = pacedBridge();
        run.at(5 + 8);
        run.engine.pause();
        run.at(5 + 100);
        assertEquals(1, run.now().repsDone());
        assertEquals(Optional.of(LIFT), run.now().repStage());
        run.engine.resume();
        run.at(5 + 100 + 1);
        assertEquals(Optional.of(TOP_HOLD), run.now().repStage());
    }

    @Test
    void selfPacedRepsCountOnlyWhenTheUserCountsThemPerSide() {
        SessionChoice choice = SessionChoice.lowest(TestExercises.REPS_EACH.dosage()).withRepStyle(RepStyle.SELF_PACED);
        EngineRun run = new EngineRun(TestExercises.REPS_EACH, choice);
        run.at(5);
        run.at(500);
        assertEquals(PhaseKind.WORK, run.now().step().kind(), "nothing happens without the user");
        assertEquals(Optional.empty(), run.now().repStage());
        for (int i = 0; i < 9; i++) {
            run.engine.countRep();
        }
        run.update();
        assertEquals(9, run.now().repsDone());
        run.engine.countRep();
        run.update();
        assertEquals(PhaseKind.REST, run.now().step().kind());
        assertEquals(new SetResult(1, 10, 10, true), run.all(SetEnded.class).get(0).set());
        assertEquals(10, run.all(RepCounted.class).size());
        assertTrue(run.all(RepCounted.class).stream().allMatch(r -> r.side() == Side.RIGHT));

        run.engine.countRep();
        run.update();
        assertEquals(10, run.all(RepCounted.class).size(), "a rep pressed during the rest is not counted");
    }

    @Test
    void repsWithoutATopHoldOnlyLiftAndLower() {
        EngineRun run = EngineRun.lowest(TestExercises.REPS_EACH);
        run.at(5);
        assertEquals(List.of(new RepStageChanged(1, LIFT)), run.all(RepStageChanged.class));
        assertEquals(List.of(), run.at(6.999));
        assertEquals(List.of(new RepStageChanged(1, LOWER)), run.at(7), "straight from lifting to lowering");
        assertEquals(List.of(), run.at(8.999));
        assertEquals(List.of(new RepCounted(Side.RIGHT, 1), new RepStageChanged(2, LIFT)), run.at(9));
        run.at(5 + 40);
        assertEquals(PhaseKind.REST, run.now().step().kind(), "10 reps of 2 + 2 s");
        assertEquals(20, run.all(RepStageChanged.class).size());
        assertFalse(run.all(RepStageChanged.class).stream().anyMatch(c -> c.stage() == TOP_HOLD));
    }

    @Test
    void aSecondTempoChangeAppliesFromTheRepAfterTheOneUnderWay() {
        EngineRun run = pacedBridge();
        run.at(5 + 8);
        run.engine.setTempo(new Tempo(Duration.ofSeconds(1), Duration.ofSeconds(1)));   // rep 3 on: 1 + 3 + 1 s
        run.at(5 + 16);
        assertEquals(Optional.of(TOP_HOLD), run.now().repStage(), "rep 3 (14-19 s) is at its top hold");
        run.engine.setTempo(new Tempo(Duration.ofSeconds(3), Duration.ofSeconds(3)));   // rep 4 on: 3 + 3 + 3 s
        run.at(5 + 18.999);
        assertEquals(2, run.now().repsDone());
        assertEquals(Optional.of(LOWER), run.now().repStage());
        run.at(5 + 19);
        assertEquals(3, run.now().repsDone(), "rep 3 kept the tempo it started with");
        run.at(5 + 21.999);
        assertEquals(Optional.of(LIFT), run.now().repStage());
        run.at(5 + 22);
        assertEquals(Optional.of(TOP_HOLD), run.now().repStage(), "rep 4 lifts in 3 s");
        run.at(5 + 27.999);
        assertEquals(3, run.now().repsDone());
        run.at(5 + 28);
        assertEquals(4, run.now().repsDone());
    }

    @Test
    void aTempoChangeOnTheFirstInstantOfARepWaitsForTheNextRep() {
        EngineRun run = pacedBridge();
        run.at(5 + 8);
        run.engine.setTempo(new Tempo(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertEquals(List.of(new RepStageChanged(2, TOP_HOLD), new RepStageChanged(2, LOWER),
                new RepCounted(Side.BOTH, 2), new RepStageChanged(3, LIFT)), run.at(5 + 14));
        run.engine.setTempo(new Tempo(Duration.ofSeconds(3), Duration.ofSeconds(3)));   // rep 3 has just begun
        assertEquals(List.of(new RepStageChanged(3, TOP_HOLD)), run.at(5 + 15), "rep 3 keeps its 1 s lift");
        assertEquals(List.of(new RepStageChanged(3, LOWER)), run.at(5 + 18));
        assertEquals(List.of(new RepCounted(Side.BOTH, 3), new RepStageChanged(4, LIFT)), run.at(5 + 19));
        assertEquals(List.of(), run.at(5 + 21.999));
        assertEquals(List.of(new RepStageChanged(4, TOP_HOLD)), run.at(5 + 22), "rep 4 at the new tempo");
        assertEquals(List.of(new RepStageChanged(4, LOWER)), run.at(5 + 25));
        assertEquals(List.of(new RepCounted(Side.BOTH, 4), new RepStageChanged(5, LIFT)), run.at(5 + 28));
    }

    @Test
    void aTempoChangeDuringTheLastRepDoesNotMoveTheEndOfTheSet() {
        EngineRun run = pacedBridge();
        run.at(5 + 66);   // rep 10: 63-70 s
        run.engine.setTempo(new Tempo(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        run.at(5 + 67.5);
        assertEquals(Optional.of(TOP_HOLD), run.now().repStage());
        run.at(5 + 69.999);
        assertEquals(PhaseKind.WORK, run.now().step().kind());
        assertEquals(9, run.now().repsDone());
        run.at(5 + 70);
        assertEquals(PhaseKind.DONE, run.now().step().kind());
        assertEquals(new SetResult(1, 10, 10, true), run.all(SetEnded.class).get(0).set());
    }
}
