package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.lang.reflect.Proxy;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
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

    /** Each utterance and each tone is followed by a buffer of silence that pushes it out: no short clip is held back. */
    @Test
    void eachCueIsPlayedOutBeforeTheNext() throws Exception {
        List<String> calls = new ArrayList<>();
        List<Object[]> opened = new ArrayList<>();
        SourceDataLine line = (SourceDataLine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("open")) {
                        opened.add(args == null ? new Object[0] : args);
                    }
                    return switch (method.getName()) {
                        case "write" -> args[2];
                        case "getBufferSize", "available" -> 32000;
                        case "isOpen", "isActive", "isRunning" -> true;
                        default -> null;
                    };
                });
        LineSoundPlayer player = new LineSoundPlayer(1.0, VoiceClips.bundled(), () -> line);
        player.say(List.of(VoiceCue.Word.LAST_SET, VoiceCue.Word.HOLD));
        player.play(Tone.WORK_START);
        player.drain();
        List<String> heard = calls.stream().filter(c -> c.equals("write") || c.equals("drain")).toList();
        // Two clips and their silence, then the tone and its silence.
        assertEquals(List.of("write", "write", "write", "write", "write"), heard);
        assertEquals(1, opened.size(), "opened once");
        assertEquals(List.of(LineSoundPlayer.FORMAT, LineSoundPlayer.BUFFER_BYTES), List.of(opened.get(0)),
                "a small buffer, so a short word starts at once");
        assertFalse(player.isUnavailable());
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
