package app.kneecoach.ui.pages;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Shown;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.GuidanceSection;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The About section (AboutView.fxml). Built in code from the {@link AboutViewModel}'s lists: the guidance
 * cards (the help card first) and the bullets of the causes.
 */
public final class AboutView {
    private final AboutViewModel model;
    private final Runnable showWelcome;

    @FXML
    private VBox help;
    @FXML
    private VBox guidance;
    @FXML
    private VBox conditions;
    @FXML
    private Label source;

    /** @param showWelcome shows the welcome of the first start again (the window's) */
    public AboutView(Catalog catalog, Runnable showWelcome) {
        this.model = new AboutViewModel(catalog);
        this.showWelcome = showWelcome;
    }

    @FXML
    private void initialize() {
        help.getChildren().setAll(model.help().stream().map(g -> card(g, "help-card")).toList());
        Shown.showIf(model.helpShown(), help);
        guidance.getChildren().setAll(model.guidance().stream().map(g -> card(g, "guidance-card")).toList());
        conditions.getChildren().addAll(Blocks.bullets(model.conditions()));
        Shown.showIf(model.conditionsShown(), conditions);
        source.setText(model.sourceLine());
    }

    @FXML
    private void showWelcome() {
        showWelcome.run();
    }

    private static Node card(GuidanceSection section, String styleClass) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(section.title(), "h2"));
        content.addAll(Blocks.bullets(section.points()));
        Node card = Blocks.card(styleClass, content);
        card.setId("guidance-" + section.id());
        return card;
    }
}
