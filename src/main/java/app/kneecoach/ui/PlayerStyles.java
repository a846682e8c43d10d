package app.kneecoach.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The player's CSS states, and showing or hiding controls without leaving gaps. */
final class PlayerStyles {
    static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");

    private PlayerStyles() {
    }

    static void showIf(boolean show, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(show);
            node.setManaged(show);
        }
    }
}
