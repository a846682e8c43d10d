package app.kneecoach.session;

/**
 * Active time in one phase, computed from timestamps only: the start, the total paused so far and the
 * start of a pause under way. Nothing is accumulated per tick, so it cannot drift however often it is read.
 */
final class PhaseTimer {
    private final long startNanos;
    private long pausedNanos;
    // A flag, not a sentinel reading: nanoTime's origin is arbitrary, so a pause may begin at 0 or below.
    private boolean paused;
    private long pausedAt;

    PhaseTimer(long startNanos) {
        this.startNanos = startNanos;
    }

    /**
     * The timer of the phase that follows this one, starting at {@code startNanos}. A pause carries over;
     * if it began after that start (the update came late), the time before it counts for the new phase.
     */
    PhaseTimer next(long startNanos) {
        PhaseTimer next = new PhaseTimer(startNanos);
        if (isPaused()) {
            next.paused = true;
            next.pausedAt = Math.max(startNanos, pausedAt);
        }
        return next;
    }

    long active(long now) {
        long pausing = isPaused() ? now - pausedAt : 0;
        return now - startNanos - pausedNanos - pausing;
    }

    /** The clock reading at which this phase will have run {@code active} nanoseconds, pauses so far included. */
    long instantOf(long active) {
        return startNanos + pausedNanos + active;
    }

    boolean isPaused() {
        return paused;
    }

    void pause(long now) {
        if (!isPaused()) {
            paused = true;
            pausedAt = now;
        }
    }

    void resume(long now) {
        if (isPaused()) {
            pausedNanos += now - pausedAt;
            paused = false;
        }
    }
}
