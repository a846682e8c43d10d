package app.kneecoach.sound;

/** Plays cue tones without blocking the caller. */
public interface SoundPlayer {
    void play(Tone tone);

    void setMuted(boolean muted);

    boolean isMuted();

    /** A player that never makes a sound, for tests and for machines without audio. */
    static SoundPlayer silent() {
        return new SoundPlayer() {
            private boolean muted;

            @Override
            public void play(Tone tone) {
            }

            @Override
            public void setMuted(boolean muted) {
                this.muted = muted;
            }

            @Override
            public boolean isMuted() {
                return muted;
            }
        };
    }
}
