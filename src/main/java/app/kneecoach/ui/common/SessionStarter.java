package app.kneecoach.ui.common;

/** Opens the player for an exercise with the user's choices (its dose, and the version done instead, if any). */
@FunctionalInterface
public interface SessionStarter {
    public void start(PlannedExercise planned);
}
