package app.kneecoach.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a pane just enough to bring a node into view, e.g. what the person has just added below the fold. */
public final class Scrolling {
    private Scrolling() {
    }

    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        // The node may have been added a moment ago: its place is known only after CSS and layout.
        scroll.applyCss();
        scroll.layout();
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = content.getLayoutBounds().getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        Bounds at = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * hidden;
        if (at.getMinY() < top) {
            top = at.getMinY();
        } else if (at.getMaxY() > top + viewport) {
            top = Math.min(at.getMinY(), at.getMaxY() - viewport);
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
    }
}
