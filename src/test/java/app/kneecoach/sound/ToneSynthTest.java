package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToneSynthTest {

    @Test
    void rendersEveryNoteForItsFullLength() {
        byte[] pcm = ToneSynth.render(Tone.FINISHED, 0.5);
        assertEquals((ToneSynth.samples(160) * 2 + ToneSynth.samples(320)) * 2, pcm.length);
    }

    @Test
    void volumeScalesThePeakAndZeroIsSilent() {
        assertTrue(peak(ToneSynth.render(Tone.WORK_START, 1.0)) > 32_000);
        int half = peak(ToneSynth.render(Tone.WORK_START, 0.5));
        assertTrue(half > 16_000 && half <= 16_384, "half volume peak " + half);
        assertEquals(0, peak(ToneSynth.render(Tone.WORK_START, 0)));
    }

    @Test
    void fadesInAndOutSoThereIsNoClick() {
        byte[] pcm = ToneSynth.render(Tone.COUNTDOWN, 1.0);
        assertEquals(0, sample(pcm, 0));
        assertTrue(Math.abs(sample(pcm, pcm.length / 2 - 1)) < 200, "last sample near zero");
    }

    @Test
    void theCuesSoundDifferent() {
        assertFalse(Tone.WORK_START.notes().equals(Tone.COUNTDOWN.notes()));
        assertEquals(2, Tone.SIDE_SWITCH.notes().size());
    }

    @Test
    void rejectsAVolumeOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> ToneSynth.render(Tone.COUNTDOWN, 1.5));
    }

    private static int peak(byte[] pcm) {
        int peak = 0;
        for (int i = 0; i < pcm.length / 2; i++) {
            peak = Math.max(peak, Math.abs(sample(pcm, i)));
        }
        return peak;
    }

    private static int sample(byte[] pcm, int index) {
        return (short) ((pcm[index * 2] & 0xff) | (pcm[index * 2 + 1] << 8));
    }
}
