package app.kneecoach.ui.common;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.catalog.Variation;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Tempo;
import app.kneecoach.userdata.ExercisePlan;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** One exercise of a session, ready to play: the exercise, its dose, and the variation done instead, if any. */
public record PlannedExercise(Exercise exercise, SessionChoice choice, Optional<Variation> variation) {

    /**
     * The routine's items that fit this catalog, in order; an item naming an exercise the catalog does not
     * have (a user routine made with another catalog) or a dose outside its range is left out.
     */
    public static List<PlannedExercise> of(Routine routine, Catalog catalog) {
        return routine.items().stream()
                .flatMap(item -> catalog.exercise(item.exerciseId())
                        .filter(e -> item.mismatch(e).isEmpty())
                        .map(e -> planned(item, e)).stream())
                .toList();
    }

    public static PlannedExercise planned(RoutineItem item, Exercise exercise) {
        SessionChoice lowest = SessionChoice.lowest(exercise.dosage());
        SessionChoice choice = lowest
                .withTarget(item.target().orElse(lowest.target()))
                .withSets(item.sets().orElse(lowest.sets()))
                .withTopHoldSeconds(item.topHoldSeconds().orElse(lowest.topHoldSeconds()));
        return new PlannedExercise(exercise, choice, item.variation().flatMap(name -> variation(exercise, name)));
    }

    /**
     * The exercise at the dose and version of the person's accepted plan, kept within the article's range (a
     * catalog changed since may have moved it; a version it no longer has is left out); where the plan sets
     * nothing, the article's lowest.
     */
    public static PlannedExercise fromPlan(Exercise exercise, ExercisePlan plan) {
        ChoiceBounds limits = ChoiceBounds.of(exercise.dosage());
        SessionChoice lowest = SessionChoice.lowest(exercise.dosage());
        SessionChoice choice = lowest
                .withTarget(within(plan.target().orElse(lowest.target()), limits.targetMin(), limits.targetMax()))
                .withSets(within(plan.sets().orElse(lowest.sets()), limits.setsMin(), limits.setsMax()))
                .withTopHoldSeconds(within(plan.topHoldSeconds().orElse(lowest.topHoldSeconds()),
                        limits.topHoldMin(), limits.topHoldMax()));
        return new PlannedExercise(exercise, choice, plan.variation().flatMap(name -> variation(exercise, name)));
    }

    /**
     * A built-in routine's exercises at the doses the person accepted for them, so they start as the exercise's
     * start card does (their own routines were given those doses when they accepted); the rest as the routine has
     * them.
     */
    public static List<PlannedExercise> withPlans(List<PlannedExercise> planned, Function<String, ExercisePlan> plans) {
        return planned.stream().map(p -> {
            ExercisePlan plan = plans.apply(p.exercise().id());
            return plan.target().isPresent() ? fromPlan(p.exercise(), plan) : p;
        }).toList();
    }

    private static int within(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** The exercise's progression, regression or other variation of that name, if it has one. */
    public static Optional<Variation> variation(Exercise exercise, String name) {
        return Stream.of(exercise.progressions(), exercise.regressions(), exercise.variations())
                .flatMap(List::stream).filter(v -> v.name().equals(name)).findFirst();
    }

    /** The plan the player follows for it, with the person's timings and pace. */
    public SessionPlan plan(SessionSettings settings, Tempo tempo) {
        return SessionPlan.of(exercise, choice.withTempo(tempo), settings);
    }

    public String title(Messages text) {
        return variation.map(v -> exercise.name() + text.get("dosage.separator") + v.name()).orElse(exercise.name());
    }
}
