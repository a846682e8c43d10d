package app.kneecoach.catalog;

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
