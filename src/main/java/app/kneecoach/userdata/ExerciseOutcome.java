package app.kneecoach.userdata;

import app.kneecoach.json.Keyed;

/** How one exercise of a session ended. */
public enum ExerciseOutcome implements Keyed {
    COMPLETED("completed"),
    ENDED_EARLY("ended-early"),
    /** Stopped with "It hurts". */
    HURT("hurt"),
    /** Passed over in a routine without starting it. */
    SKIPPED("skipped");

    private final String key;

    ExerciseOutcome(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
