package app.kneecoach.session;

import java.time.Duration;
import java.util.List;

/**
 * Where paced reps are at a given active time. A tempo change takes effect at the end of the rep under
 * way, so reps already counted and the rep in progress keep their timing.
 */
final class RepPacer {
    private final long topHoldNanos;
    private final List<RepStage> stages;
    private Segment previous;
    private Segment current;

    RepPacer(Tempo tempo, Duration topHold) {
        this.topHoldNanos = topHold.toNanos();
        this.stages = topHoldNanos > 0
                ? List.of(RepStage.LIFT, RepStage.TOP_HOLD, RepStage.LOWER)
                : List.of(RepStage.LIFT, RepStage.LOWER);
        this.current = new Segment(0, 0, tempo);
    }

    int stagesPerRep() {
        return stages.size();
    }

    RepStage stage(int stageIndex) {
        return stages.get(stageIndex % stages.size());
    }

    /** How many stages have begun by this active time (the first begins at 0). */
    int stagesStarted(long active) {
        Segment s = segmentAt(active);
        long into = active - s.start;
        int reps = (int) (into / s.repNanos());
        long within = into % s.repNanos();
        int stageInRep = within < s.liftNanos ? 0
                : stages.size() == 3 && within < s.liftNanos + topHoldNanos ? 1
                : stages.size() - 1;
        return (s.startRep + reps) * stages.size() + stageInRep + 1;
    }

    int repsDone(long active) {
        return (stagesStarted(active) - 1) / stages.size();
    }

    /** The active time at which {@code reps} reps are complete. */
    long endOfRep(int reps) {
        Segment s = reps <= current.startRep && previous != null ? previous : current;
        return s.start + (reps - s.startRep) * s.repNanos();
    }

    void changeTempo(Tempo tempo, long active) {
        Segment s = segmentAt(active);
        int repInSegment = (int) ((active - s.start) / s.repNanos());
        previous = s;
        current = new Segment(s.start + (repInSegment + 1) * s.repNanos(), s.startRep + repInSegment + 1, tempo);
    }

    private Segment segmentAt(long active) {
        return previous != null && active < current.start ? previous : current;
    }

    /** A stretch of reps at one tempo, starting at an active time and rep count. */
    private final class Segment {
        final long start;
        final int startRep;
        final long liftNanos;
        final long repNanos;

        Segment(long start, int startRep, Tempo tempo) {
            this.start = start;
            this.startRep = startRep;
            this.liftNanos = tempo.lift().toNanos();
            this.repNanos = tempo.rep(Duration.ofNanos(topHoldNanos)).toNanos();
        }

        long repNanos() {
            return repNanos;
        }
    }
}
