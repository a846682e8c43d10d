package app.kneecoach.catalog;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * One exercise in a routine.
 *
 * @param variation      a progression or regression of the exercise to do instead, by name
 * @param target         hold seconds or reps per set; empty means the article's lowest
 * @param sets           sets; empty means the article's lowest
 * @param topHoldSeconds the pause at the top of each rep, for exercises dosed with one; empty means the article's
 *                       lowest
 */
public record RoutineItem(String exerciseId, Optional<String> variation, OptionalInt target, OptionalInt sets,
                          OptionalInt topHoldSeconds) {

    public static RoutineItem lowest(String exerciseId) {
        return new RoutineItem(exerciseId, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty());
    }

    public RoutineItem withVariation(Optional<String> value) {
        return new RoutineItem(exerciseId, value, target, sets, topHoldSeconds);
    }

    public RoutineItem withTarget(int value) {
        return new RoutineItem(exerciseId, variation, OptionalInt.of(value), sets, topHoldSeconds);
    }

    public RoutineItem withSets(int value) {
        return new RoutineItem(exerciseId, variation, target, OptionalInt.of(value), topHoldSeconds);
    }

    public RoutineItem withTopHoldSeconds(int value) {
        return new RoutineItem(exerciseId, variation, target, sets, OptionalInt.of(value));
    }

    /** Why this item does not fit the exercise it names, or empty when it does. */
    public Optional<String> mismatch(Exercise exercise) {
        Dosage dosage = exercise.dosage();
        if (variation.isPresent() && Stream.of(exercise.progressions(), exercise.regressions(), exercise.variations())
                .flatMap(List::stream).noneMatch(v -> v.name().equals(variation.get()))) {
            return Optional.of("\"" + variation.get() + "\" is not a variation of " + exercise.id());
        }
        if (target.isPresent() && !dosage.work().contains(target.getAsInt())) {
            return Optional.of("target " + target.getAsInt() + " is outside the dosage of " + exercise.id());
        }
        if (sets.isPresent() && !dosage.sets().contains(sets.getAsInt())) {
            return Optional.of("sets " + sets.getAsInt() + " is outside the dosage of " + exercise.id());
        }
        if (topHoldSeconds.isPresent() && dosage.topHoldSeconds().filter(t -> t.contains(topHoldSeconds.getAsInt()))
                .isEmpty()) {
            return Optional.of("top hold " + topHoldSeconds.getAsInt() + " s is outside the dosage of "
                    + exercise.id());
        }
        return Optional.empty();
    }
}
