package app.kneecoach.session;

import java.time.Duration;
import java.time.Instant;

/** A clock that moves only when told to; it starts far from zero so nothing relies on a zero origin. */
public final class FakeClock implements SessionClock {
    private static final Instant EPOCH = Instant.parse("2026-11-24T08:00:00Z");
    private static final long ORIGIN = 1_000_000_000_000L;
    private final long origin;
    // Volatile: tests advance it on their own thread while the FX thread reads it every frame.
    private volatile long nanos;

    public FakeClock() {
        this(ORIGIN);
    }

    /** A clock whose {@link #nanoTime()} starts at {@code origin}, which may be zero or negative as System.nanoTime's may. */
    public FakeClock(long origin) {
        this.origin = origin;
        this.nanos = origin;
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public Instant now() {
        return EPOCH.plusNanos(nanos - origin);
    }

    public void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    public void advanceSeconds(double seconds) {
        nanos += Math.round(seconds * 1e9);
    }
}
