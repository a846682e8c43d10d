package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Side;
import app.kneecoach.sound.CueRun.Said;
import app.kneecoach.sound.VoiceCue.Countdown;
import app.kneecoach.sound.VoiceCue.ExerciseStart;
import app.kneecoach.sound.VoiceCue.Leg;
import app.kneecoach.sound.VoiceCue.Next;
import app.kneecoach.sound.VoiceCue.Rep;
import app.kneecoach.sound.VoiceCue.SwitchSide;
import app.kneecoach.sound.VoiceCue.Word;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the voice says during real engine runs on a fake clock, at the moment it should say it. */
class SessionCuesTest {
    private static final Exercise HAMSTRING = CueRun.exercise("supine-hamstring-stretch");
    private static final Exercise BRIDGE = CueRun.exercise("bridge");
    private static final Exercise STEP_UPS = CueRun.exercise("step-ups");
    private static final Exercise LATERAL = CueRun.exercise("lateral-leg-raise");

    @Test
    void aHoldOnEachLegNamesTheExerciseAndLegThenHoldRestLastSetSwitchCountdownAndDone() {
        // 5 s to get ready, holds of 30 s, 15 s rests, 5 s to switch: the default timings.
        CueRun run = new CueRun(HAMSTRING, SessionChoice.lowest(HAMSTRING.dosage()), SessionSettings.DEFAULT,
                Optional.of("bridge")).toTheEnd();
        List<Said> expected = new ArrayList<>();
        expected.add(said(0, new ExerciseStart("supine-hamstring-stretch", Side.RIGHT, false)));
        countdownBefore(5, expected);
        expected.add(said(5, Word.HOLD));
        countdownBefore(35, expected);
        expected.add(said(35, Word.REST));
        countdownBefore(50, expected);
        expected.add(said(50, Word.LAST_SET, Word.HOLD));
        countdownBefore(80, expected);
        expected.add(said(80, new SwitchSide(Side.LEFT)));
        countdownBefore(85, expected);
        expected.add(said(85, Word.HOLD));
        countdownBefore(115, expected);
        expected.add(said(115, Word.REST));
        countdownBefore(130, expected);
        expected.add(said(130, Word.LAST_SET, Word.HOLD));
        countdownBefore(160, expected);
        expected.add(said(160, Word.DONE, new Next("bridge")));
        assertEquals(expected, run.said);
    }

    @Test
    void startingOnTheLeftSaysSoAndSwitchesToTheRight() {
        SessionSettings leftFirst = new SessionSettings(Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofSeconds(5), Side.LEFT);
        CueRun run = new CueRun(HAMSTRING, SessionChoice.lowest(HAMSTRING.dosage()), leftFirst, Optional.empty())
                .toTheEnd();
        assertEquals(said(0, new ExerciseStart("supine-hamstring-stretch", Side.LEFT, false)), run.said.get(0));
        assertTrue(run.said.contains(said(80, new SwitchSide(Side.RIGHT))), run.said.toString());
        assertEquals(said(160, Word.DONE), run.said.get(run.said.size() - 1), "no next exercise outside a routine");
    }

    @Test
    void pacedRepsLiftOnceThenHoldLowerAndCountEachRep() {
        // Lowest bridge: one set of 10 reps, 2 s lift, 2 s hold at the top, 2 s lower: a rep every 6 s.
        CueRun run = new CueRun(BRIDGE, SessionChoice.lowest(BRIDGE.dosage())).toTheEnd();
        assertEquals(List.of(said(0, new ExerciseStart("bridge", Side.BOTH, false)), said(2, new Countdown(3)),
                said(3, new Countdown(2)), said(4, new Countdown(1)), said(5, Word.LIFT), said(7, Word.HOLD),
                said(9, Word.LOWER), said(11, new Rep(1)), said(13, Word.HOLD), said(15, Word.LOWER),
                said(17, new Rep(2))), run.said.subList(0, 11));
        assertEquals(said(65, new Rep(10), Word.DONE), run.said.get(run.said.size() - 1));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), counts(run));
        assertFalse(run.allCues().contains(Word.LAST_SET), "a single set is not called the last");
    }

    @Test
    void alternatingRepsNameEachLegAndCountOnceBothLegsHaveDoneTheRep() {
        // Lowest step ups: 2 sets of 10 reps on each leg in turn, right first, 2 s up and 2 s down: 80 s a set.
        CueRun run = new CueRun(STEP_UPS, SessionChoice.lowest(STEP_UPS.dosage())).toTheEnd();
        assertEquals(List.of(said(0, new ExerciseStart("step-ups", Side.RIGHT, true)), said(2, new Countdown(3)),
                said(3, new Countdown(2)), said(4, new Countdown(1)), said(5, new Leg(Side.RIGHT)),
                said(7, Word.LOWER), said(9, new Leg(Side.LEFT)), said(11, Word.LOWER),
                said(13, new Rep(1), new Leg(Side.RIGHT))), run.said.subList(0, 9));
        assertTrue(run.said.contains(said(85, new Rep(10), Word.REST)), run.said.toString());
        assertTrue(run.said.contains(said(115, Word.LAST_SET, new Leg(Side.RIGHT))), run.said.toString());
        assertEquals(said(195, new Rep(10), Word.DONE), run.said.get(run.said.size() - 1));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), counts(run));
    }

    @Test
    void aTopHoldBetweenAlternatingLegsIsSaid() {
        Exercise raise = CueRun.exercise("seated-straight-leg-raise");
        CueRun run = new CueRun(raise, SessionChoice.lowest(raise.dosage())).to(16);
        // 2 s lift, 1 s at the top, 2 s lower: each leg's rep takes 5 s.
        assertEquals(List.of(said(5, new Leg(Side.RIGHT)), said(7, Word.HOLD), said(8, Word.LOWER),
                said(10, new Leg(Side.LEFT)), said(12, Word.HOLD), said(13, Word.LOWER),
                said(15, new Rep(1), new Leg(Side.RIGHT))), run.said.subList(4, 11));
    }

    @Test
    void theLastRepOfALegLeadsIntoTheSwitch() {
        CueRun run = new CueRun(LATERAL, SessionChoice.lowest(LATERAL.dosage())).toTheEnd();
        // 10 reps of 4 s, a 30 s rest, 10 more reps: the switch comes at 5 + 40 + 30 + 40 s.
        assertTrue(run.said.contains(said(115, new Rep(10), new SwitchSide(Side.LEFT))), run.said.toString());
    }

    @Test
    void repsThePersonCountsBeginWithoutCounts() {
        CueRun run = new CueRun(LATERAL, SessionChoice.lowest(LATERAL.dosage()).withRepStyle(RepStyle.SELF_PACED))
                .to(10);
        assertEquals(said(5, Word.BEGIN), run.said.get(run.said.size() - 1));
        for (int i = 0; i < 10; i++) {
            run.engine.countRep();
        }
        run.update();
        assertEquals(said(10, Word.REST), run.said.get(run.said.size() - 1), "no counts, straight to the rest");
        assertTrue(counts(run).isEmpty());
    }

    @Test
    void endingEarlyIsNotCalledDone() {
        CueRun run = new CueRun(HAMSTRING, SessionChoice.lowest(HAMSTRING.dosage()), SessionSettings.DEFAULT,
                Optional.of("bridge")).to(10);
        int before = run.said.size();
        run.engine.endEarly();
        run.update();
        assertEquals(before, run.said.size(), "the person pressed End: nothing more is said");
    }

    @Test
    void redoingASetSaysItsStartAgain() {
        CueRun run = new CueRun(HAMSTRING, SessionChoice.lowest(HAMSTRING.dosage())).to(10);
        run.engine.redoSet();
        run.update();
        assertEquals(said(10, Word.HOLD), run.said.get(run.said.size() - 1));
    }

    @Test
    void eachUpdateIsOneUtteranceAndQuietUpdatesSayNothing() {
        CueRun run = new CueRun(HAMSTRING, SessionChoice.lowest(HAMSTRING.dosage())).to(1);
        assertEquals(1, run.said.size(), "only the start in the first second");
        assertEquals(List.of(), run.cues.cuesFor(List.of()));
    }

    private static void countdownBefore(double end, List<Said> expected) {
        for (int left = 3; left >= 1; left--) {
            expected.add(said(end - left, new Countdown(left)));
        }
    }

    private static List<Integer> counts(CueRun run) {
        return run.allCues().stream().filter(Rep.class::isInstance).map(c -> ((Rep) c).count()).toList();
    }

    private static Said said(double at, VoiceCue... cues) {
        return new Said(at, List.of(cues));
    }
}
