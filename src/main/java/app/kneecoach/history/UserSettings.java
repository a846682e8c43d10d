package app.kneecoach.history;

import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Side;
import app.kneecoach.session.Tempo;
import java.time.Duration;

/**
 * The user's preferences, kept with their data.
 *
 * @param volume percent, 0 to 100
 */
public record UserSettings(boolean sound, int volume, int getReadySeconds, int stretchRestSeconds,
                           int strengthRestSeconds, int liftMillis, int lowerMillis, Side firstSide) {
    public static final UserSettings DEFAULT = new UserSettings(true, 60, 5, 15, 30, 2000, 2000, Side.RIGHT);
    static final int MAX_WAIT_SECONDS = 300;

    public UserSettings {
        requireBetween("volume", volume, 0, 100);
        requireBetween("get-ready seconds", getReadySeconds, 1, 60);
        requireBetween("stretch rest seconds", stretchRestSeconds, 1, MAX_WAIT_SECONDS);
        requireBetween("strengthening rest seconds", strengthRestSeconds, 1, MAX_WAIT_SECONDS);
        // Fields are not yet assigned in a compact constructor, so check the parameters directly.
        new Tempo(Duration.ofMillis(liftMillis), Duration.ofMillis(lowerMillis));
        if (firstSide == Side.BOTH) {
            throw new IllegalArgumentException("the first leg is RIGHT or LEFT");
        }
    }

    private static void requireBetween(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + ": " + value);
        }
    }

    /** The timings the session engine uses; the side switch gets the same short get-ready. */
    public SessionSettings session() {
        return new SessionSettings(Duration.ofSeconds(getReadySeconds), Duration.ofSeconds(stretchRestSeconds),
                Duration.ofSeconds(strengthRestSeconds), Duration.ofSeconds(getReadySeconds), firstSide);
    }

    public Tempo tempo() {
        return new Tempo(Duration.ofMillis(liftMillis), Duration.ofMillis(lowerMillis));
    }
}
