package app.kneecoach.catalog;

import app.kneecoach.json.Keyed;

/**
 * What one repetition does, so the player names its two halves in words that fit the exercise: a leg or the
 * hips lifted and lowered, or a step up onto a step and back down.
 */
public enum Movement implements Keyed {
    LIFT("lift"),
    STEP("step");

    private final String key;

    Movement(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
