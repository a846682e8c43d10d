package app.kneecoach.session;

import java.time.Instant;

/**
 * The engine's only source of time. Durations come from {@link #nanoTime()}, which never jumps with
 * wall-clock changes; {@link #now()} only stamps when a session started and ended.
 */
public interface SessionClock {
    long nanoTime();

    Instant now();

    static SessionClock system() {
        return new SessionClock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public Instant now() {
                return Instant.now();
            }
        };
    }
}
