package app.kneecoach.session;

import java.util.Map;
import java.util.Optional;

/**
 * Everything the player shows at one moment.
 *
 * @param step          the current phase
 * @param remainingNanos time left in a timed phase (0 once a held-longer hold passes its target)
 * @param overtimeNanos how far a held-longer hold has gone past its target
 * @param repsDone      reps done in the current set (both legs', where they alternate)
 * @param repStage      where the current paced rep is
 * @param turn          where the legs alternate, the rep under way (self-paced: the rep to do next) and its leg
 * @param setsDone      completed sets per side
 * @param next          the phase after this one
 * @param waitsForReady whether the phase is a rest that runs until the person is ready
 * @param activeNanos   how long the phase has run, pauses left out (for a rest that waits: the time rested)
 */
public record SessionSnapshot(Step step, int stepIndex, int stepCount, long remainingNanos, long overtimeNanos,
                              int repsDone, Optional<RepStage> repStage, Optional<LegTurn> turn, boolean paused,
                              boolean holdingLonger, Map<Side, Integer> setsDone, Optional<Step> next,
                              boolean waitsForReady, long activeNanos) {
    public SessionSnapshot {
        setsDone = Map.copyOf(setsDone);
    }
}
