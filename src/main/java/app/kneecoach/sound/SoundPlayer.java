package app.kneecoach.sound;

/** Plays cue tones without blocking the caller, unless muted. */
public abstract class SoundPlayer {
    private volatile boolean muted;

    /** A player that never makes a sound, for tests and for machines without audio. */
    public static SoundPlayer silent() {
        return new SoundPlayer() {
            @Override
            protected void sound(Tone tone) {
            }
        };
    }

    public final void play(Tone tone) {
        if (!muted) {
            sound(tone);
        }
    }

    /** Makes the tone heard; called only while not muted. */
    protected abstract void sound(Tone tone);

    public void setMuted(boolean muted) {
        this.muted = muted;
    }

    public boolean isMuted() {
        return muted;
    }
}
