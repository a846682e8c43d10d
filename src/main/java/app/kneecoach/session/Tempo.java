package app.kneecoach.session;

import java.time.Duration;

/** How long a paced rep takes to lift and to lower; the top hold comes from the exercise. */
public record Tempo(Duration lift, Duration lower) {
    /** The limits of each time, and the step by which the player and the settings change it. */
    public static final Duration SHORTEST = Duration.ofMillis(500);
    public static final Duration LONGEST = Duration.ofSeconds(10);
    public static final Duration STEP = Duration.ofMillis(500);
    public static final Tempo DEFAULT = new Tempo(Duration.ofSeconds(2), Duration.ofSeconds(2));

    public Tempo {
        requireWithinLimits(lift, "lift");
        requireWithinLimits(lower, "lower");
    }

    /** One whole paced rep: lift, the pause at the top, lower. */
    public Duration rep(Duration topHold) {
        return lift.plus(topHold).plus(lower);
    }

    /** Half a second longer to lift and to lower, up to the limit. */
    public Tempo slower() {
        return new Tempo(clamp(lift.plus(STEP)), clamp(lower.plus(STEP)));
    }

    /** Half a second quicker to lift and to lower, down to the limit. */
    public Tempo faster() {
        return new Tempo(clamp(lift.minus(STEP)), clamp(lower.minus(STEP)));
    }

    private static Duration clamp(Duration d) {
        return d.compareTo(SHORTEST) < 0 ? SHORTEST : d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }

    private static void requireWithinLimits(Duration d, String name) {
        if (d.compareTo(SHORTEST) < 0 || d.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(name + " time must be 0.5 to 10 s: " + d);
        }
    }
}
