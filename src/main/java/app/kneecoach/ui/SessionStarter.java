package app.kneecoach.ui;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.SessionChoice;

/** Opens the player for an exercise with the user's choices. */
@FunctionalInterface
interface SessionStarter {
    void start(Exercise exercise, SessionChoice choice);
}
