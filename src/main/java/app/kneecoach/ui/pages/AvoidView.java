package app.kneecoach.ui.pages;

import app.kneecoach.ui.common.Blocks;

import app.kneecoach.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The section on what to avoid (AvoidView.fxml). Built in code: a card an item of the {@link AvoidViewModel}'s
 * list, styled to stand out.
 */
public final class AvoidView {
    private final AvoidViewModel model;

    @FXML
    private Label intro;
    @FXML
    private VBox items;

    public AvoidView(Catalog catalog) {
        this.model = new AvoidViewModel(catalog);
    }

    @FXML
    private void initialize() {
        intro.setText(model.intro());
        items.getChildren().setAll(model.items().stream().map(AvoidView::card).toList());
    }

    private static Node card(AvoidViewModel.AvoidCard item) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(item.title(), "h2"));
        item.examples().ifPresent(examples -> content.add(Blocks.text(examples, "avoid-examples")));
        content.add(Blocks.text(item.reason(), "avoid-reason"));
        Node card = Blocks.card("avoid-card", content);
        card.setId("avoid-" + item.id());
        return card;
    }
}
