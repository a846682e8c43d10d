package app.kneecoach.sound;

import java.util.List;

/** The cues the player sounds; each is a short run of notes, distinct enough to tell apart without looking. */
public enum Tone {
    /** A work phase (hold or reps) begins. */
    WORK_START(List.of(new Note(880, 220))),
    /** One of the last three seconds of a timed phase. */
    COUNTDOWN(List.of(new Note(660, 110))),
    /** Time to change to the other leg. */
    SIDE_SWITCH(List.of(new Note(660, 160), new Note(880, 160))),
    /** The exercise is finished. */
    FINISHED(List.of(new Note(523, 160), new Note(659, 160), new Note(784, 320))),
    /**
     * A rest that waits for the person has lasted its planned length: low, long and at under half the loudness,
     * a reminder, not a call to move.
     */
    REST_PLANNED(List.of(new Note(392, 600)), 0.4);

    private final List<Note> notes;
    private final double loudness;

    Tone(List<Note> notes) {
        this(notes, 1.0);
    }

    Tone(List<Note> notes, double loudness) {
        this.notes = notes;
        this.loudness = loudness;
    }

    /** 0 to 1: how loud against the other tones at the same volume. */
    public double loudness() {
        return loudness;
    }

    public List<Note> notes() {
        return notes;
    }

    /** A sine tone; a frequency of 0 is a rest. */
    public record Note(int hertz, int millis) {
    }
}
