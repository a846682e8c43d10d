package app.kneecoach.session;

import java.time.Instant;
import java.util.List;

/** A session as it happened, for the history: what was chosen, what was done on each side, and how it ended. */
public record SessionResult(String exerciseId, SessionChoice choice, List<SideResult> sides, Instant startedAt,
                            Instant endedAt, Outcome outcome) {

    public enum Outcome {
        /** Still running: a snapshot saved after a completed set. */
        IN_PROGRESS,
        COMPLETED,
        ENDED_EARLY
    }

    public SessionResult {
        sides = List.copyOf(sides);
    }

    public SideResult side(Side side) {
        return sides.stream().filter(s -> s.side() == side).findFirst().orElseThrow();
    }
}
