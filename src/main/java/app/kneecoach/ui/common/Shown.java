package app.kneecoach.ui.common;

import javafx.beans.value.ObservableValue;
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

    /** Keeps {@code nodes} shown while {@code shown} is true (e.g. a view model's property), taking no room otherwise. */
    public static void when(ObservableValue<Boolean> shown, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }
}
