package app.kneecoach.session;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Sides;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole session laid out in order: get ready, then each side's sets with rests between, then done. Legs
 * that alternate share every set (a work step's side is then the leg each set starts with): no side switch.
 * A session taken up again after the app stopped is the rest of such a plan ({@link #resumed}).
 *
 * @param earlier the sets done before this plan's steps, side by side in the order the sides are done: empty,
 *                unless the plan resumes a session cut short
 */
public record SessionPlan(Exercise exercise, SessionChoice choice, List<Step> steps, List<SideResult> earlier) {

    public SessionPlan {
        steps = List.copyOf(steps);
        earlier = List.copyOf(earlier);
    }

    public SessionPlan(Exercise exercise, SessionChoice choice, List<Step> steps) {
        this(exercise, choice, steps, List.of());
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

    /**
     * What is left of the session after the sets {@code done} (as a session cut short recorded them, every side
     * in its order): a get-ready, then every step from the first set not recorded on. The sides keep the order
     * they had, whichever leg the settings now put first. With every set recorded, only the end is left.
     *
     * @throws IllegalArgumentException if the choice is outside the dosage or a set was done on a side the
     *                                  exercise is not done on (the catalog changed since)
     */
    public static SessionPlan resumed(Exercise exercise, SessionChoice choice, SessionSettings settings,
                                      List<SideResult> done) {
        Side first = done.stream().map(SideResult::side).filter(side -> side != Side.BOTH).findFirst()
                .orElse(settings.firstSide());
        SessionSettings sameOrder = new SessionSettings(settings.getReady(), settings.stretchRest(),
                settings.strengthRest(), settings.switchSide(), first);
        SessionPlan whole = of(exercise, choice, sameOrder);
        if (!whole.sides().containsAll(done.stream().map(SideResult::side).toList())) {
            throw new IllegalArgumentException("sets done on " + done + " do not fit " + whole.sides());
        }
        List<Step> all = whole.steps();
        int from = 0;
        while (all.get(from).kind() != PhaseKind.DONE
                && (all.get(from).kind() != PhaseKind.WORK || recorded(done, all.get(from)))) {
            from++;
        }
        List<Step> rest = new ArrayList<>();
        Step next = all.get(from);
        if (next.kind() == PhaseKind.WORK) {
            rest.add(Step.timed(PhaseKind.GET_READY, next.side(), next.set(), settings.getReady()));
        }
        rest.addAll(all.subList(from, all.size()));
        return new SessionPlan(exercise, choice, rest, done);
    }

    /** Whether a work step's set is among those done: on the leg it starts with, for legs that alternate. */
    private static boolean recorded(List<SideResult> done, Step work) {
        return done.stream().filter(side -> side.side() == work.side())
                .anyMatch(side -> side.sets().stream().anyMatch(set -> set.set() == work.set()));
    }

    /** The sides sets are recorded on, in the order they are done (both legs of alternating sets). */
    public List<Side> sides() {
        List<Side> worked = Stream.concat(earlier.stream().map(SideResult::side),
                steps.stream().filter(s -> s.kind() == PhaseKind.WORK).map(Step::side)).distinct().toList();
        return alternating() ? List.of(worked.get(0), worked.get(0).other()) : worked;
    }

    /**
     * Whether {@code step} runs until the person is ready rather than for its length: the rests between sets,
     * when the person chose so. The side switch stays timed: it is the move to the other leg, not a rest.
     */
    public boolean waitsForReady(Step step) {
        return choice.restUntilReady() && step.kind() == PhaseKind.REST;
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
