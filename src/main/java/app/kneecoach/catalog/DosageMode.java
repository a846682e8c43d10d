package app.kneecoach.catalog;

import app.kneecoach.json.Keyed;
/** Whether an exercise is held for a time or repeated a number of times. */
public enum DosageMode implements Keyed {
    HOLD("hold"),
    REPS("reps");

    private final String key;

    DosageMode(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
