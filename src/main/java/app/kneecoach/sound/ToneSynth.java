package app.kneecoach.sound;

/** Renders tones as 16-bit signed little-endian mono PCM, so the app needs no sound files. */
public final class ToneSynth {
    public static final int SAMPLE_RATE = 44_100;
    /** Fading each note in and out avoids the click of a sine starting or stopping mid-wave. */
    static final int FADE_MILLIS = 8;

    private ToneSynth() {
    }

    /**
     * @param volume 0 (silent) to 1 (full scale)
     */
    public static byte[] render(Tone tone, double volume) {
        if (volume < 0 || volume > 1) {
            throw new IllegalArgumentException("volume must be between 0 and 1: " + volume);
        }
        int total = tone.notes().stream().mapToInt(n -> samples(n.millis())).sum();
        byte[] pcm = new byte[total * 2];
        int offset = 0;
        for (Tone.Note note : tone.notes()) {
            offset = renderNote(note, volume * tone.loudness(), pcm, offset);
        }
        return pcm;
    }

    private static int renderNote(Tone.Note note, double volume, byte[] pcm, int sampleOffset) {
        int count = samples(note.millis());
        int fade = Math.min(samples(FADE_MILLIS), count / 2);
        for (int i = 0; i < count; i++) {
            double envelope = Math.min(1.0, Math.min(i, count - 1 - i) / (double) fade);
            double wave = Math.sin(2 * Math.PI * note.hertz() * i / SAMPLE_RATE);
            short value = (short) Math.round(wave * envelope * volume * Short.MAX_VALUE);
            int at = (sampleOffset + i) * 2;
            pcm[at] = (byte) value;
            pcm[at + 1] = (byte) (value >> 8);
        }
        return sampleOffset + count;
    }

    static int samples(int millis) {
        return SAMPLE_RATE * millis / 1000;
    }
}
