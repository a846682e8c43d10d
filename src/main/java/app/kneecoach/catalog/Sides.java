package app.kneecoach.catalog;

import app.kneecoach.json.Keyed;
/** Whether the dosage is done once for each leg, or once with both legs working together. */
public enum Sides implements Keyed {
    EACH_SIDE("each"),
    BOTH_TOGETHER("both");

    private final String key;

    Sides(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
