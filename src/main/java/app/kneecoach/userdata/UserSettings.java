package app.kneecoach.userdata;

import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Side;
import app.kneecoach.session.Tempo;
import java.time.Duration;
import java.util.List;

/**
 * The user's preferences, kept with their data.
 *
 * @param volume   percent, 0 to 100
 * @param textSize percent of the normal text size, one of {@link #TEXT_SIZES}
 */
public record UserSettings(boolean sound, int volume, int getReadySeconds, int stretchRestSeconds,
                           int strengthRestSeconds, int liftMillis, int lowerMillis, Side firstSide, Theme theme,
                           int textSize) {
    /** Text size steps, in percent of the normal size. (Declared before DEFAULT, which its check needs.) */
    public static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 175, 200);
    public static final UserSettings DEFAULT = new UserSettings(true, 60, 5, 15, 30, 2000, 2000, Side.RIGHT,
            Theme.LIGHT, 100);
    static final int MAX_WAIT_SECONDS = 300;

    public UserSettings {
        requireBetween("volume", volume, 0, 100);
        requireBetween("get-ready seconds", getReadySeconds, 1, 60);
        requireBetween("stretch rest seconds", stretchRestSeconds, 1, MAX_WAIT_SECONDS);
        requireBetween("strengthening rest seconds", strengthRestSeconds, 1, MAX_WAIT_SECONDS);
        // Fields are not yet assigned in a compact constructor, so check the parameters directly.
        new Tempo(Duration.ofMillis(liftMillis), Duration.ofMillis(lowerMillis));
        if (!TEXT_SIZES.contains(textSize)) {
            throw new IllegalArgumentException("text size must be one of " + TEXT_SIZES + ": " + textSize);
        }
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

    public UserSettings withLook(Theme newTheme, int newTextSize) {
        return new UserSettings(sound, volume, getReadySeconds, stretchRestSeconds, strengthRestSeconds, liftMillis,
                lowerMillis, firstSide, newTheme, newTextSize);
    }
}
