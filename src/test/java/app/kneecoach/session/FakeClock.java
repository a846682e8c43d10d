package app.kneecoach.session;

import java.time.Duration;
import java.time.Instant;

/** A clock that moves only when told to; it starts far from zero so nothing relies on a zero origin. */
public final class FakeClock implements SessionClock {
    private static final Instant EPOCH = Instant.parse("2026-11-24T08:00:00Z");
    private static final long ORIGIN = 1_000_000_000_000L;
    // Volatile: tests advance it on their own thread while the FX thread reads it every frame.
    private volatile long nanos = ORIGIN;

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public Instant now() {
        return EPOCH.plusNanos(nanos - ORIGIN);
    }

    public void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    public void advanceSeconds(double seconds) {
        nanos += Math.round(seconds * 1e9);
    }
}
