package app.kneecoach.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The player's CSS states, and showing or hiding controls without leaving gaps. */
final class PlayerStyles {
    static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");
    static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    /** Window heights (in px) below which the big number uses its smaller size. */
    static final double COMPACT_BELOW = 760;

    private PlayerStyles() {
    }

    static void showIf(boolean show, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(show);
            node.setManaged(show);
        }
    }
}
