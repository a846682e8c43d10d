package app.kneecoach.session;

import app.kneecoach.catalog.Category;
import app.kneecoach.catalog.Dosage;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Range;
import app.kneecoach.catalog.SidedText;
import app.kneecoach.catalog.Sides;
import java.util.List;
import java.util.Optional;

/** Exercises dosed like the article's, built by hand so the engine tests do not depend on the catalog file. */
final class TestExercises {
    /** Like the supine hamstring stretch: hold 30+ s, 2-3 sets, each leg. */
    static final Exercise HOLD_EACH = exercise("hold-each", Category.STRETCH,
            Dosage.hold(Range.atLeast(30), Range.between(2, 3), Sides.EACH_SIDE));
    /** Like the butterfly stretch: hold 60+ s, 2-3 sets, both legs together. */
    static final Exercise HOLD_BOTH = exercise("hold-both", Category.STRETCH,
            Dosage.hold(Range.atLeast(60), Range.between(2, 3), Sides.BOTH_TOGETHER));
    /** A hold with no "+": it may not be held longer. */
    static final Exercise HOLD_EXACT = exercise("hold-exact", Category.STRETCH,
            Dosage.hold(Range.between(20, 40), Range.exactly(1), Sides.BOTH_TOGETHER));
    /** Like the bridge: 10-15 reps, hold 2-5 s at the top, up to 3 sets, both legs. */
    static final Exercise BRIDGE = exercise("bridge", Category.STRENGTHENING,
            Dosage.reps(Range.between(10, 15), Optional.of(Range.between(2, 5)), Range.between(1, 3),
                    Sides.BOTH_TOGETHER));
    /** Like the lateral leg raise: 10-15 reps, 2-3 sets, each leg, no top hold. */
    static final Exercise REPS_EACH = exercise("reps-each", Category.STRENGTHENING,
            Dosage.reps(Range.between(10, 15), Optional.empty(), Range.between(2, 3), Sides.EACH_SIDE));

    /** Like the step ups: 10 reps on each leg, the legs taking turns rep by rep, 2-3 sets, no top hold. */
    static final Exercise ALTERNATING = exercise("alternating", Category.STRENGTHENING,
            Dosage.reps(Range.exactly(10), Optional.empty(), Range.between(2, 3), Sides.ALTERNATING));

    private TestExercises() {
    }

    private static Exercise exercise(String id, Category category, Dosage dosage) {
        return new Exercise(id, id, category, "t", "w", List.of(), new SidedText("s"), List.of(new SidedText("step")),
                List.of(), List.of(), dosage,
                List.of(), List.of(), List.of(), List.of());
    }
}
