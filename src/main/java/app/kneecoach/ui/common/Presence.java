package app.kneecoach.ui.common;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Keeps a node in its parent only while a condition holds, at its place in the parent's layout (as the FXML
 * gives it). Unlike a hidden node, an absent one is found by no lookup and read by no screen reader: a
 * "Reading..." line or a problem that no longer applies is gone, not just invisible.
 */
public final class Presence {
    /** The parent's children as laid out, before any was taken away; kept in the parent's properties. */
    private static final String LAYOUT = Presence.class.getName();

    private Presence() {
    }

    public static void bind(Node node, ObservableBooleanValue present) {
        Pane parent = (Pane) node.getParent();
        @SuppressWarnings("unchecked")
        List<Node> layout = (List<Node>) parent.getProperties()
                .computeIfAbsent(LAYOUT, key -> List.copyOf(parent.getChildren()));
        // Held by the node: a binding made for this call would otherwise be collected, and its listener with it.
        node.getProperties().put(Presence.class, present);
        present.addListener((obs, was, now) -> place(parent.getChildren(), layout, node, now));
        place(parent.getChildren(), layout, node, present.get());
    }

    private static void place(ObservableList<Node> children, List<Node> layout, Node node, boolean present) {
        if (!present) {
            children.remove(node);
        } else if (!children.contains(node)) {
            // After the last child that comes before it in the layout, so the others keep their places.
            int place = layout.indexOf(node);
            int at = 0;
            for (int i = 0; i < children.size(); i++) {
                int placed = layout.indexOf(children.get(i));
                if (placed >= 0 && placed < place) {
                    at = i + 1;
                }
            }
            children.add(at, node);
        }
    }
}
