package app.kneecoach.userdata;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the person settled on for one exercise: the dose and version a suggestion they accepted set (the start
 * card begins there instead of at the article's lowest), and when they last dismissed a suggestion for it.
 */
public record ExercisePlan(String exerciseId, OptionalInt target, OptionalInt sets, OptionalInt topHoldSeconds,
                           Optional<String> variation, Optional<Instant> dismissedAt) {

    public static ExercisePlan none(String exerciseId) {
        return new ExercisePlan(exerciseId, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The suggestion's dose and version, taken; the count for the next suggestion starts again now. */
    public ExercisePlan accepted(Suggestion suggestion, Instant at) {
        return new ExercisePlan(exerciseId, OptionalInt.of(suggestion.dose().target()),
                OptionalInt.of(suggestion.dose().sets()), OptionalInt.of(suggestion.dose().topHoldSeconds()),
                suggestion.version(), Optional.of(at));
    }

    public ExercisePlan dismissed(Instant at) {
        return new ExercisePlan(exerciseId, target, sets, topHoldSeconds, variation, Optional.of(at));
    }
}
