package app.kneecoach.userdata;

import app.kneecoach.json.Keyed;

/** How a whole session ended. */
public enum SessionStatus implements Keyed {
    COMPLETED("completed"),
    ENDED_EARLY("ended-early"),
    /** The app stopped (crash, power cut) mid-session; kept from what was saved after each set. */
    INTERRUPTED("interrupted");

    private final String key;

    SessionStatus(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
