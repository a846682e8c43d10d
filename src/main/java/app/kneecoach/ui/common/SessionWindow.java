package app.kneecoach.ui.common;

import javafx.scene.Parent;

/**
 * What a session needs of the window it runs in: to put its views up, and to tell the window that closing now
 * would cut a session short (and how to pause the player while the window asks). The shell implements it, so
 * the player never depends on the shell.
 */
public interface SessionWindow {
    /** Puts {@code view} in the window. */
    void show(Parent view);

    /** A session is being done: closing the window now asks first. */
    void sessionUnderWay(boolean underWay);

    /** The player that is up, paused while the window asks whether to close; a no-op when none is. */
    void playerShowing(Runnable pause);
}
