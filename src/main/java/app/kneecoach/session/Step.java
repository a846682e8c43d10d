package app.kneecoach.session;

import java.time.Duration;
import java.util.Optional;

/**
 * One phase of the plan.
 *
 * @param side     the leg (or both); for work whose legs alternate, the leg each set starts with
 * @param set      the set this phase belongs to (for a rest, the set just done), 1-based; 0 for DONE
 * @param duration how long it lasts; empty for rep work, which ends when the reps are done
 */
public record Step(PhaseKind kind, Side side, int set, Optional<Duration> duration) {

    static Step timed(PhaseKind kind, Side side, int set, Duration duration) {
        return new Step(kind, side, set, Optional.of(duration));
    }
}
