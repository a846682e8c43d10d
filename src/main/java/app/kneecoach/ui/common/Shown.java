package app.kneecoach.ui.common;

import javafx.scene.Node;

/** Shows or hides nodes without leaving gaps: a hidden node takes no room in its layout. */
public final class Shown {
    private Shown() {
    }

    public static void showIf(boolean show, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(show);
            node.setManaged(show);
        }
    }
}
