package app.kneecoach.ui.shell;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The cards above the sections (the banners, the reminders, today's plan) in their scroll pane: however many there
 * are, they never take more than part of the window, and they scroll; with none, they take no room at all.
 */
final class CardsAbove {
    static final double SHARE = 0.3;

    private CardsAbove() {
    }

    /** @param groups the boxes of cards inside {@code cards}, each empty when it has nothing to show */
    static void fit(Region window, ScrollPane scroll, VBox cards, VBox... groups) {
        var share = window.heightProperty().multiply(SHARE);
        scroll.prefViewportHeightProperty().bind(cards.heightProperty());
        // The section below would otherwise squeeze the cards to a sliver: they keep their height up to the share.
        scroll.minHeightProperty().bind(Bindings.min(cards.heightProperty(), share));
        scroll.maxHeightProperty().bind(share);
        // The cards' height is known only once they are laid out, inside the window's own layout, which does not
        // take a new request from within: the window is laid out again after it, or a card would stay cut.
        cards.heightProperty().addListener((obs, old, now) -> Platform.runLater(scroll::requestLayout));
        BooleanExpression any = Bindings.createBooleanBinding(() -> false);
        for (VBox group : groups) {
            any = any.or(Bindings.isNotEmpty(group.getChildren()));
        }
        scroll.visibleProperty().bind(any);
        scroll.managedProperty().bind(scroll.visibleProperty());
    }
}
