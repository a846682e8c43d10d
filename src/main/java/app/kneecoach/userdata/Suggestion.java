package app.kneecoach.userdata;

import app.kneecoach.session.SessionChoice;
import java.util.List;
import java.util.Optional;

/**
 * A change of dose or version the person's log supports, with the times that show it.
 *
 * @param dose     the dose to do next (the same dose where only the version changes)
 * @param version  the article's version to do next, or empty for the plain exercise
 * @param evidence the times the suggestion rests on, oldest first, for its reason in numbers
 */
public record Suggestion(String exerciseId, Direction direction, Reason reason, SessionChoice dose,
                         Optional<String> version, List<Progression.Attempt> evidence) {

    public Suggestion {
        evidence = List.copyOf(evidence);
    }

    public enum Direction {
        HARDER, EASIER
    }

    public enum Reason {
        /** Several times in a row at the whole dose with low pain that did not rise. */
        EASY_RUN,
        /** The latest time was stopped with "It hurts". */
        HURT,
        /** Pain after rose over pain before in two of the last three times. */
        PAIN_ROSE
    }
}
