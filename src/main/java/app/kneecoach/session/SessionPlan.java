package app.kneecoach.session;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Sides;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole session laid out in order: get ready, then each side's sets with rests between, then done. Legs
 * that alternate share every set (a work step's side is then the leg each set starts with): no side switch.
 */
public record SessionPlan(Exercise exercise, SessionChoice choice, List<Step> steps) {

    public SessionPlan {
        steps = List.copyOf(steps);
    }

    public static SessionPlan of(Exercise exercise, SessionChoice choice, SessionSettings settings) {
        choice.requireWithin(exercise.dosage());
        Side first = settings.firstSide();
        List<Side> turns = switch (exercise.dosage().sides()) {
            case EACH_SIDE -> List.of(first, first.other());
            case ALTERNATING -> List.of(first);
            case BOTH_TOGETHER -> List.of(Side.BOTH);
        };
        Optional<Duration> work = choice.mode() == DosageMode.HOLD
                ? Optional.of(Duration.ofSeconds(choice.target())) : Optional.empty();
        Duration rest = settings.restFor(exercise.category());

        List<Step> steps = new ArrayList<>();
        steps.add(Step.timed(PhaseKind.GET_READY, turns.get(0), 1, settings.getReady()));
        for (int s = 0; s < turns.size(); s++) {
            Side side = turns.get(s);
            if (s > 0) {
                steps.add(Step.timed(PhaseKind.SWITCH_SIDE, side, 1, settings.switchSide()));
            }
            for (int set = 1; set <= choice.sets(); set++) {
                if (set > 1) {
                    steps.add(Step.timed(PhaseKind.REST, side, set - 1, rest));
                }
                steps.add(new Step(PhaseKind.WORK, side, set, work));
            }
        }
        steps.add(new Step(PhaseKind.DONE, turns.get(turns.size() - 1), 0, Optional.empty()));
        return new SessionPlan(exercise, choice, steps);
    }

    /**
     * How long the plan takes when done as planned: every timed phase (get ready, holds, rests, side switch) and
     * each set of reps at the chosen tempo, top hold included. Self-paced reps are reckoned at the same tempo; a
     * hold kept longer, a pause or a redone set add to it.
     */
    public Duration expectedLength() {
        Duration rep = choice.tempo().rep(Duration.ofSeconds(choice.topHoldSeconds()));
        return steps.stream()
                .map(step -> step.duration().orElse(step.kind() == PhaseKind.WORK ? rep.multipliedBy(repsPerSet())
                        : Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** The plans one after another, as a routine plays them. */
    public static Duration expectedLength(List<SessionPlan> plans) {
        return plans.stream().map(SessionPlan::expectedLength).reduce(Duration.ZERO, Duration::plus);
    }

    /** The sides sets are recorded on, in the order they are done (both legs of alternating sets). */
    public List<Side> sides() {
        List<Side> worked = steps.stream().filter(s -> s.kind() == PhaseKind.WORK).map(Step::side).distinct().toList();
        return alternating() ? List.of(worked.get(0), worked.get(0).other()) : worked;
    }

    /** Whether the legs take turns rep by rep within each set. */
    public boolean alternating() {
        return exercise.dosage().sides() == Sides.ALTERNATING;
    }

    /** The reps that make one set: the chosen reps, on each leg when the legs alternate. */
    public int repsPerSet() {
        return alternating() ? 2 * choice.target() : choice.target();
    }

    /** Which leg does a work step's rep (0 is its first) and that rep's number on that leg. */
    public LegTurn turn(Step work, int repIndex) {
        if (!alternating()) {
            return new LegTurn(work.side(), repIndex + 1);
        }
        return new LegTurn(repIndex % 2 == 0 ? work.side() : work.side().other(), repIndex / 2 + 1);
    }
}
