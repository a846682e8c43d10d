package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
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

    /**
     * The cues in turn and, between them, silence, so the line never runs dry (through PulseAudio a line that ran
     * dry held the next write back 2.2 s); three quiet minutes later the line is closed, and opened anew for the
     * next cue.
     */
    @Test
    void betweenCuesTheLineIsKeptFedAndAfterThreeQuietMinutesClosed() throws Exception {
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        List<Object[]> opened = Collections.synchronizedList(new ArrayList<>());
        SourceDataLine line = (SourceDataLine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> {
                    if (method.getName().equals("write")) {
                        calls.add(isSilent((byte[]) args[0]) ? "silence" : "sound");
                    } else {
                        calls.add(method.getName());
                    }
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
        AtomicLong now = new AtomicLong();
        LineSoundPlayer player = new LineSoundPlayer(1.0, VoiceClips.bundled(), () -> line, now::get);
        player.say(List.of(VoiceCue.Word.LAST_SET, VoiceCue.Word.HOLD));
        player.play(Tone.WORK_START);
        player.drain();
        until(() -> calls.contains("silence"));
        List<String> sounds = snapshot(calls).stream().filter(c -> c.equals("sound") || c.equals("silence")).toList();
        assertEquals(List.of("sound", "sound", "sound"), sounds.subList(0, 3), "two clips, then the tone, in turn");
        assertEquals("silence", sounds.get(3), "then silence keeps the line fed");
        assertEquals(List.of(LineSoundPlayer.FORMAT, LineSoundPlayer.BUFFER_BYTES), List.of(opened.get(0)),
                "a small buffer, so a cue is heard at most a fifth of a second late");

        now.addAndGet(LineWorker.KEEP_ALIVE_NANOS + 1);
        until(() -> calls.contains("close"));
        player.play(Tone.WORK_START);
        player.drain();
        assertEquals(2, opened.size(), "opened anew for the next cue");
        assertFalse(player.isUnavailable());
    }

    private static boolean isSilent(byte[] pcm) {
        for (byte b : pcm) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> snapshot(List<String> calls) {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** Waits, at most five seconds, for the sound thread to reach a state. */
    private static void until(BooleanSupplier reached) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!reached.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "the sound thread did not get there");
            Thread.onSpinWait();
        }
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
