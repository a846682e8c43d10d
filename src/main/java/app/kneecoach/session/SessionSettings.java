package app.kneecoach.session;

import app.kneecoach.catalog.Category;
import java.time.Duration;

/**
 * The user's timing preferences. The article gives no rest times, so the defaults are neutral:
 * a short pause between stretches, a longer one between strengthening sets.
 */
public record SessionSettings(Duration getReady, Duration stretchRest, Duration strengthRest, Duration switchSide,
                              Side firstSide) {
    public static final SessionSettings DEFAULT = new SessionSettings(Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofSeconds(5), Side.RIGHT);

    public SessionSettings {
        if (firstSide == Side.BOTH) {
            throw new IllegalArgumentException("the first side is RIGHT or LEFT");
        }
    }

    public Duration restFor(Category category) {
        return category == Category.STRETCH ? stretchRest : strengthRest;
    }
}
