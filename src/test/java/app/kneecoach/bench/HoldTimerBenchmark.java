package app.kneecoach.bench;

import app.kneecoach.catalog.Category;
import app.kneecoach.catalog.Dosage;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Range;
import app.kneecoach.catalog.SidedText;
import app.kneecoach.catalog.Sides;
import app.kneecoach.session.PhaseKind;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionClock;
import app.kneecoach.session.SessionEngine;
import app.kneecoach.session.SessionEvent;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a real-clock hold the way the window does (an update about every 16 ms) and reports how late the
 * engine noticed the end of the hold. Target: at most 20 ms after a 10-minute hold.
 * {@code -Dbench.holdSeconds=N} sets the hold (default 600).
 */
public final class HoldTimerBenchmark {
    private static final long FRAME_NANOS = 16_666_667;

    private HoldTimerBenchmark() {
    }

    public static void main(String[] args) {
        int holdSeconds = Integer.getInteger("bench.holdSeconds", 600);
        Result result = run(holdSeconds);
        System.out.println(BenchTable.render(List.of("measure", "value", "target"), List.of(
                List.of("planned hold", holdSeconds + " s", ""),
                List.of("hold ended after", String.format("%.3f s", result.endedAfterNanos / 1e9), ""),
                List.of("end error", String.format("%.2f ms", result.errorMillis()), "<= 20 ms"),
                List.of("updates", String.valueOf(result.updates), ""),
                List.of("mean update interval", String.format("%.2f ms", result.meanIntervalNanos / 1e6), "~16.7 ms"),
                List.of("max update interval", String.format("%.2f ms", result.maxIntervalNanos / 1e6), ""))));
    }

    record Result(long plannedNanos, long endedAfterNanos, int updates, double meanIntervalNanos,
                  long maxIntervalNanos) {
        double errorMillis() {
            return (endedAfterNanos - plannedNanos) / 1e6;
        }
    }

    static Result run(int holdSeconds) {
        Exercise hold = new Exercise("bench-hold", "Bench hold", Category.STRETCH, "t", "w", List.of(), new SidedText("s"),
                List.of(new SidedText("hold")), List.of(), List.of(),
                Dosage.hold(Range.atLeast(1), Range.exactly(1), Sides.BOTH_TOGETHER), List.of(), List.of(), List.of(),
                List.of());
        SessionSettings noGetReady = new SessionSettings(Duration.ofMillis(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), SessionSettings.DEFAULT.firstSide());
        SessionClock clock = SessionClock.system();
        SessionEngine engine = SessionEngine.start(SessionPlan.of(hold,
                SessionChoice.lowest(hold.dosage()).withTarget(holdSeconds), noGetReady), clock);
        // The hold starts when the get-ready is skipped; time it from just before.
        long start = clock.nanoTime();
        engine.skip();
        engine.update();
        long previous = start;
        long maxInterval = 0;
        int updates = 0;
        while (true) {
            LockSupport.parkNanos(FRAME_NANOS);
            long now = clock.nanoTime();
            maxInterval = Math.max(maxInterval, now - previous);
            previous = now;
            updates++;
            boolean ended = engine.update().stream().anyMatch(e -> e instanceof SessionEvent.Finished);
            if (ended || engine.snapshot().step().kind() == PhaseKind.DONE) {
                return new Result(Duration.ofSeconds(holdSeconds).toNanos(), now - start, updates,
                        (now - start) / (double) updates, maxInterval);
            }
        }
    }
}
