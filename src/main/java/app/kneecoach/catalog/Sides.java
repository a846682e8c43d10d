package app.kneecoach.catalog;

import app.kneecoach.json.Keyed;
/**
 * How the legs share the dosage: each leg does its sets in turn, both legs work together, or the legs
 * take turns rep by rep within every set (the dosage's reps then count on each leg).
 */
public enum Sides implements Keyed {
    EACH_SIDE("each"),
    BOTH_TOGETHER("both"),
    ALTERNATING("alternating");

    private final String key;

    Sides(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
