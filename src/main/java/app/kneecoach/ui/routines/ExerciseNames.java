package app.kneecoach.ui.routines;

import app.kneecoach.catalog.Exercise;
import javafx.util.StringConverter;

/** How the exercises to add to a routine are named in their drop-down list. */
final class ExerciseNames extends StringConverter<Exercise> {
    @Override
    public String toString(Exercise exercise) {
        return exercise == null ? "" : exercise.name();
    }

    @Override
    public Exercise fromString(String name) {
        // The choice is made from the list, never typed.
        throw new UnsupportedOperationException();
    }
}
