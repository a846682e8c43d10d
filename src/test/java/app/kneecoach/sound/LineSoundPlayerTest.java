package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void mutedPlaysNothing() throws Exception {
        LineSoundPlayer player = new LineSoundPlayer(0.0);
        player.setMuted(true);
        player.play(Tone.WORK_START);
        player.drain();
        assertTrue(player.isMuted());
        assertTrue(!player.isUnavailable(), "nothing was attempted while muted");
    }
}
