package app.kneecoach.sound;

import java.util.List;

/** Plays cue tones and says voice cues without blocking the caller, unless muted. */
public abstract class SoundPlayer {
    private volatile boolean muted;
    private volatile double volume = 1.0;

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

    /**
     * Says the cues one after another, as one utterance (say, "last set", "hold"); nothing for an empty list.
     * Where the voice is still busy, the utterance waits its turn, and is dropped if it would come too late.
     */
    public final void say(List<VoiceCue> utterance) {
        if (!muted && !utterance.isEmpty()) {
            speak(List.copyOf(utterance));
        }
    }

    /** Makes the utterance heard; called only while not muted. A player for tones alone says nothing. */
    protected void speak(List<VoiceCue> utterance) {
    }

    public void setMuted(boolean muted) {
        this.muted = muted;
    }

    public boolean isMuted() {
        return muted;
    }

    /** 0 (silent) to 1 (full scale). */
    public void setVolume(double value) {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("volume must be between 0 and 1: " + value);
        }
        volume = value;
    }

    public double volume() {
        return volume;
    }
}
