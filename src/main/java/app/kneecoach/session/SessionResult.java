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

    /** Whether every planned set was done to its target on every side: only then is the exercise completed. */
    public boolean everySetComplete() {
        return sides.stream().allMatch(side -> side.setsCompleted() >= choice.sets());
    }

    /** The planned sets done to their target, 0 to 1 (each leg's sets counted where the legs take turns). */
    public double shareOfSetsDone() {
        long planned = (long) choice.sets() * sides.size();
        long done = sides.stream().mapToLong(side -> Math.min(side.setsCompleted(), choice.sets())).sum();
        return planned == 0 ? 1 : done / (double) planned;
    }

    public SideResult side(Side side) {
        return sides.stream().filter(s -> s.side() == side).findFirst().orElseThrow();
    }
}
