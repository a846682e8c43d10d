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
 * @param textSize    percent of the normal text size, one of {@link #TEXT_SIZES}
 * @param welcomeSeen whether the person has closed the welcome shown at the first start
 * @param cues        with sound on: the voice, tones, or both
 * @param restUntilReady whether rests between sets wait for the person to say they are ready (the planned rest
 *                    is then marked by a soft tone); each start card offers the choice again
 */
public record UserSettings(boolean sound, int volume, int getReadySeconds, int stretchRestSeconds,
                           int strengthRestSeconds, int liftMillis, int lowerMillis, Side firstSide, Theme theme,
                           int textSize, boolean welcomeSeen, SoundCues cues,
                           boolean restUntilReady) {
    // The one place the limits are set: this record's checks, the settings file's reader and the Settings
    // view's controls all use them. (Declared before DEFAULT, which the checks need.)

    /** Text size steps, in percent of the normal size. */
    public static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 175, 200);
    static final int MAX_WAIT_SECONDS = 300;
    public static final Limit VOLUME = new Limit(0, 100, 10);
    public static final Limit GET_READY_SECONDS = new Limit(1, 60, 1);
    public static final Limit REST_SECONDS = new Limit(1, MAX_WAIT_SECONDS, 5);
    /** The paced-rep lift and lower times, in milliseconds: the session's own limits. */
    public static final Limit TEMPO_MILLIS = new Limit((int) Tempo.SHORTEST.toMillis(), (int) Tempo.LONGEST.toMillis(),
            (int) Tempo.STEP.toMillis());
    public static final UserSettings DEFAULT = new UserSettings(true, 60, 5, 15, 30, 2000, 2000, Side.RIGHT,
            Theme.LIGHT, 100, false, SoundCues.VOICE_AND_TONES, false);

    /** The values a number setting may take: {@code min} to {@code max}; a control changes it by {@code step}. */
    public record Limit(int min, int max, int step) {
        void check(String what, int value) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(what + " must be " + min + " to " + max + ": " + value);
            }
        }
    }

    public UserSettings {
        VOLUME.check("volume", volume);
        GET_READY_SECONDS.check("get-ready seconds", getReadySeconds);
        REST_SECONDS.check("stretch rest seconds", stretchRestSeconds);
        REST_SECONDS.check("strengthening rest seconds", strengthRestSeconds);
        // Fields are not yet assigned in a compact constructor, so check the parameters directly.
        new Tempo(Duration.ofMillis(liftMillis), Duration.ofMillis(lowerMillis));
        if (!TEXT_SIZES.contains(textSize)) {
            throw new IllegalArgumentException("text size must be one of " + TEXT_SIZES + ": " + textSize);
        }
        if (firstSide == Side.BOTH) {
            throw new IllegalArgumentException("the first leg is RIGHT or LEFT");
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
                lowerMillis, firstSide, newTheme, newTextSize, welcomeSeen, cues, restUntilReady);
    }

    public UserSettings withCues(SoundCues value) {
        return new UserSettings(sound, volume, getReadySeconds, stretchRestSeconds, strengthRestSeconds, liftMillis,
                lowerMillis, firstSide, theme, textSize, welcomeSeen, value, restUntilReady);
    }

    public UserSettings withRestUntilReady(boolean value) {
        return new UserSettings(sound, volume, getReadySeconds, stretchRestSeconds, strengthRestSeconds, liftMillis,
                lowerMillis, firstSide, theme, textSize, welcomeSeen, cues, value);
    }

    public UserSettings withWelcomeSeen(boolean seen) {
        return new UserSettings(sound, volume, getReadySeconds, stretchRestSeconds, strengthRestSeconds, liftMillis,
                lowerMillis, firstSide, theme, textSize, seen, cues, restUntilReady);
    }
}
