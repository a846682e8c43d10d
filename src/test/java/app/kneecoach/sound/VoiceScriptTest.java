package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.kneecoach.session.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceScriptTest {

    @Test
    void anExerciseStartsWithItsNameThenTheLeg() {
        assertEquals(List.of("exercise.supine-hamstring-stretch", "side.right"),
                VoiceScript.clipsFor(new VoiceCue.ExerciseStart("supine-hamstring-stretch", Side.RIGHT, false)));
        assertEquals(List.of("exercise.step-ups", "start.left"),
                VoiceScript.clipsFor(new VoiceCue.ExerciseStart("step-ups", Side.LEFT, true)));
        assertEquals(List.of("exercise.bridge"), VoiceScript.clipsFor(new VoiceCue.ExerciseStart("bridge", Side.BOTH, false)),
                "both legs together: the name says it");
    }

    @Test
    void cuesWithALegOrANumberSpeakThatClip() {
        assertEquals(List.of("switch.left"), VoiceScript.clipsFor(new VoiceCue.SwitchSide(Side.LEFT)));
        assertEquals(List.of("leg.right"), VoiceScript.clipsFor(new VoiceCue.Leg(Side.RIGHT)));
        assertEquals(List.of("count.3"), VoiceScript.clipsFor(new VoiceCue.Countdown(3)));
        assertEquals(List.of("count.12"), VoiceScript.clipsFor(new VoiceCue.Rep(12)));
        assertEquals(List.of("next", "exercise.bridge"), VoiceScript.clipsFor(new VoiceCue.Next("bridge")));
    }

    @Test
    void wordsAreTheirPhraseListIds() {
        assertEquals(List.of("last-set"), VoiceScript.clipsFor(VoiceCue.Word.LAST_SET));
        assertEquals(List.of("hold"), VoiceScript.clipsFor(VoiceCue.Word.HOLD));
        assertEquals(List.of("done"), VoiceScript.clipsFor(VoiceCue.Word.DONE));
    }

    @Test
    void aCueForOneLegRefusesBoth() {
        assertThrows(IllegalArgumentException.class, () -> VoiceScript.clipsFor(new VoiceCue.SwitchSide(Side.BOTH)));
    }
}
