package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.Side;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class VoiceClipsTest {

    @Test
    void aClipComesAtThePlayersRateInTheCuesOrder() throws Exception {
        VoiceClips voice = VoiceClips.bundled();
        long frames;
        try (var in = AudioSystem.getAudioInputStream(VoiceClips.class.getResource(VoiceClips.FOLDER + "hold.wav"))) {
            frames = in.getFrameLength();
        }
        byte[] hold = voice.pcm("hold").orElseThrow();
        double seconds = frames / 16_000.0;
        assertEquals(seconds * ToneSynth.SAMPLE_RATE * 2, hold.length, 2 * 100, "16 kHz made 44.1 kHz, 2 bytes a sample");

        List<byte[]> start = voice.pcmFor(new VoiceCue.ExerciseStart("bridge", Side.LEFT, false));
        assertEquals(2, start.size());
        assertSame(voice.pcm("exercise.bridge").orElseThrow(), start.get(0), "read once, then kept");
        assertSame(voice.pcm("side.left").orElseThrow(), start.get(1));
    }

    @Test
    void aMissingClipIsLeftOutAndAskedForOnlyOnce() {
        AtomicInteger asked = new AtomicInteger();
        VoiceClips voice = new VoiceClips(id -> {
            asked.incrementAndGet();
            return id.equals("next") ? VoiceClips.class.getResourceAsStream(VoiceClips.FOLDER + "next.wav") : null;
        });
        assertEquals(1, voice.pcmFor(new VoiceCue.Next("no-such-exercise")).size(), "'next' is still said");
        assertEquals(Optional.empty(), voice.pcm("exercise.no-such-exercise"));
        assertEquals(2, asked.get());
    }

    @Test
    void aBrokenClipIsLeftOutWithoutAnException() {
        VoiceClips voice = new VoiceClips(id -> new ByteArrayInputStream("not a wav".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(), voice.pcmFor(VoiceCue.Word.REST));
    }

    @Test
    void volumeScalesTheSamples() {
        byte[] pcm = {(byte) 0x00, (byte) 0x40, (byte) 0x00, (byte) 0xC0};   // 16384, -16384
        byte[] half = VoiceClips.atVolume(pcm, 0.5);
        assertEquals(8192, (short) ((half[0] & 0xff) | (half[1] << 8)));
        assertEquals(-8192, (short) ((half[2] & 0xff) | (half[3] << 8)));
        assertSame(pcm, VoiceClips.atVolume(pcm, 1.0));
        assertTrue(java.util.Arrays.equals(new byte[4], VoiceClips.atVolume(pcm, 0)));
    }
}
