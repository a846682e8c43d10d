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
 */
public record SessionSnapshot(Step step, int stepIndex, int stepCount, long remainingNanos, long overtimeNanos,
                              int repsDone, Optional<RepStage> repStage, Optional<LegTurn> turn, boolean paused,
                              boolean holdingLonger, Map<Side, Integer> setsDone, Optional<Step> next) {
    public SessionSnapshot {
        setsDone = Map.copyOf(setsDone);
    }
}
