package app.kneecoach.ui.player;

import app.kneecoach.catalog.Variation;
import app.kneecoach.session.SessionResult;

/** What the player reports to the session around it. */
interface PlayerListener {
    /** A set ended; {@code soFar} is the exercise up to now, to save at once. */
    void setEnded(SessionResult soFar);

    /** The exercise ended: completed, ended early, or stopped because it hurt. */
    void exerciseEnded(SessionResult result, boolean hurt);

    /** The user chose the easier version offered after "It hurts". */
    void tryEasier(Variation regression);

    /** The user is done with the player: on to the routine's next exercise, or to the end. */
    void finished();

    /** The user leaves the session from here: a routine ends without its remaining exercises. */
    void leave();
}
