package app.kneecoach.session;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a session has done on each side, set by set, from the sets its plan was resumed after on. A set whose
 * legs alternate is recorded on each leg with that leg's reps, so the history reads it as it reads sets done one
 * leg after the other.
 */
final class SetsDone {
    /** Told of each set as it is recorded. */
    interface Recorded {
        void set(Side side, SetResult set);
    }

    private final SessionPlan plan;
    private final Map<Side, List<SetResult>> done = new EnumMap<>(Side.class);

    SetsDone(SessionPlan plan) {
        this.plan = plan;
        plan.sides().forEach(side -> done.put(side, new ArrayList<>()));
        plan.earlier().forEach(side -> done.get(side.side()).addAll(side.sets()));
    }

    /** Records a work step's set: {@code achieved} seconds or reps (of both legs, where they alternate). */
    void record(Step work, int achieved, Recorded recorded) {
        if (plan.alternating()) {
            // The set's first leg does its first rep, so an odd count leaves it one ahead.
            record(work, work.side(), (achieved + 1) / 2, recorded);
            record(work, work.side().other(), achieved / 2, recorded);
        } else {
            record(work, work.side(), achieved, recorded);
        }
    }

    /** Forgets what a work step recorded, on every leg it worked, so the set can be done again. */
    void discard(Step work) {
        List<Side> legs = plan.alternating() ? plan.sides() : List.of(work.side());
        legs.forEach(side -> done.get(side).removeIf(r -> r.set() == work.set()));
    }

    /** Notes the rest taken after the set a rest step follows, on every leg that set was recorded on. */
    void rested(Step rest, int seconds) {
        List<Side> legs = plan.alternating() ? plan.sides() : List.of(rest.side());
        legs.forEach(side -> done.get(side).replaceAll(r -> r.set() == rest.set() ? r.withRest(seconds) : r));
    }

    /** Completed sets per side. */
    Map<Side, Integer> completed() {
        Map<Side, Integer> sets = new EnumMap<>(Side.class);
        done.forEach((side, results) -> sets.put(side, (int) results.stream().filter(SetResult::complete).count()));
        return sets;
    }

    /** Every side's sets so far, in the plan's order of sides. */
    List<SideResult> sides() {
        return plan.sides().stream().map(side -> new SideResult(side, done.get(side))).toList();
    }

    private void record(Step work, Side side, int achieved, Recorded recorded) {
        if (achieved <= 0) {
            return;
        }
        int target = plan.choice().target();
        SetResult set = new SetResult(work.set(), target, achieved, achieved >= target);
        done.get(side).add(set);
        recorded.set(side, set);
    }
}
