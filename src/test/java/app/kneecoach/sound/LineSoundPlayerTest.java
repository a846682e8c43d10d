package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class LineSoundPlayerTest {

    @Test
    void playsOrFallsSilentWithoutThrowing() throws Exception {
        LineSoundPlayer player = new LineSoundPlayer(0.0);
        assertDoesNotThrow(() -> {
            for (Tone tone : Tone.values()) {
                player.play(tone);
            }
        });
        player.drain();
        if (AudioSystem.getMixerInfo().length == 0) {
            assertTrue(player.isUnavailable(), "a machine without audio turns the player silent");
        }
    }

    @Test
    void saysCuesOrFallsSilentWithoutThrowing() throws Exception {
        LineSoundPlayer player = new LineSoundPlayer(0.0);
        assertDoesNotThrow(() -> player.say(List.of(VoiceCue.Word.LAST_SET, VoiceCue.Word.HOLD)));
        assertDoesNotThrow(() -> player.say(List.of()));
        player.drain();
        if (AudioSystem.getMixerInfo().length == 0) {
            assertTrue(player.isUnavailable(), "a machine without audio turns the player silent");
        }
    }

    @Test
    void mutedSaysNothing() throws Exception {
        List<String> asked = new ArrayList<>();
        LineSoundPlayer player = new LineSoundPlayer(0.0, new VoiceClips(id -> {
            asked.add(id);
            return null;
        }));
        player.setMuted(true);
        player.say(List.of(VoiceCue.Word.DONE));
        player.drain();
        assertEquals(List.of(), asked, "no clip was even read");
    }

    @Test
    void anUtteranceThatWouldStartTooLateIsDropped() {
        long asked = 1_000_000_000L;
        assertFalse(LineSoundPlayer.tooLate(asked, asked), "at once");
        assertFalse(LineSoundPlayer.tooLate(asked, asked + LineSoundPlayer.LATEST_START_NANOS), "just in time");
        assertTrue(LineSoundPlayer.tooLate(asked, asked + LineSoundPlayer.LATEST_START_NANOS + 1));
    }

    @Test
    void mutedPlaysNothing() throws Exception {
        LineSoundPlayer player = new LineSoundPlayer(0.0);
        player.setMuted(true);
        player.play(Tone.WORK_START);
        player.drain();
        assertTrue(player.isMuted());
        assertTrue(!player.isUnavailable(), "nothing was attempted while muted");
    }
}
