package app.kneecoach.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls a pane just enough to bring a node into view, e.g. what the person has just added below the fold. */
public final class Scrolling {
    private Scrolling() {
    }

    /**
     * Keeps what has the keyboard focus inside {@code scroll} in view: a scroll pane does not follow focus, and at
     * large text a Tab or Enter could move it to a button below the fold, where nobody sees it.
     */
    public static void followFocus(ScrollPane scroll) {
        ChangeListener<Node> focused = (obs, old, now) -> {
            if (now != null && scroll.getContent() != null && isInside(now, scroll.getContent())) {
                reveal(scroll, now);
            }
        };
        scroll.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focused);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focused);
            }
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        // The node may have been added a moment ago: its place is known only after CSS and layout. Laid out from the
        // window's root, so the scroll pane has its real size first (a page just shown in place of a list still has
        // the list's; laid out alone, its content came out twice as tall, and the fraction scrolled to was wrong).
        Parent from = scroll.getScene() != null ? scroll.getScene().getRoot() : scroll;
        from.applyCss();
        from.layout();
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
