package app.kneecoach.session;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Sides;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The whole session laid out in order: get ready, then each side's sets with rests between, then done. */
public record SessionPlan(Exercise exercise, SessionChoice choice, List<Step> steps) {

    public SessionPlan {
        steps = List.copyOf(steps);
    }

    public static SessionPlan of(Exercise exercise, SessionChoice choice, SessionSettings settings) {
        choice.requireWithin(exercise.dosage());
        List<Side> sides = exercise.dosage().sides() == Sides.EACH_SIDE
                ? List.of(settings.firstSide(), settings.firstSide().other())
                : List.of(Side.BOTH);
        Optional<Duration> work = choice.mode() == DosageMode.HOLD
                ? Optional.of(Duration.ofSeconds(choice.target())) : Optional.empty();
        Duration rest = settings.restFor(exercise.category());

        List<Step> steps = new ArrayList<>();
        steps.add(Step.timed(PhaseKind.GET_READY, sides.get(0), 1, settings.getReady()));
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
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
        steps.add(new Step(PhaseKind.DONE, sides.get(sides.size() - 1), 0, Optional.empty()));
        return new SessionPlan(exercise, choice, steps);
    }

    public List<Side> sides() {
        return steps.stream().filter(s -> s.kind() == PhaseKind.WORK).map(Step::side).distinct().toList();
    }
}
