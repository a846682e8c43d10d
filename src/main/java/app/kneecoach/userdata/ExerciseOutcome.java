package app.kneecoach.userdata;

import app.kneecoach.json.Keyed;

/** How one exercise of a session ended. */
public enum ExerciseOutcome implements Keyed {
    COMPLETED("completed"),
    ENDED_EARLY("ended-early"),
    /** Stopped with "It hurts". */
    HURT("hurt"),
    /** Passed over in a routine without starting it. */
    SKIPPED("skipped"),
    /**
     * Still being done: how the exercise under way is saved after each set, so that a session the app stopped
     * in shows which exercise it stopped in (and can be taken up there).
     */
    UNDER_WAY("under-way");

    private final String key;

    ExerciseOutcome(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
