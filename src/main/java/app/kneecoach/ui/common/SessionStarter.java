package app.kneecoach.ui.common;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.SessionChoice;

/** Opens the player for an exercise with the user's choices. */
@FunctionalInterface
public interface SessionStarter {
    public void start(Exercise exercise, SessionChoice choice);
}
