package app.kneecoach.ui.pages;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.ui.common.AerobicLogView;
import app.kneecoach.ui.common.AerobicLogViewModel;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.FigurePairView;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.Views;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The aerobic and yoga section (AerobicYogaView.fxml), with the form that logs aerobic minutes
 * ({@link AerobicLogView}). Built in code: a card for an aerobic option and a yoga pose (with its figures, steps
 * and cautions where it has them), from the {@link AerobicYogaViewModel}'s lists.
 */
public final class AerobicYogaView {
    private final AerobicYogaViewModel model;
    private final AerobicLogViewModel log;

    @FXML
    private VBox logSlot;
    @FXML
    private VBox aerobic;
    @FXML
    private Label yogaIntro;
    @FXML
    private VBox poses;

    /** @param logged told once minutes logged here are in the records */
    public AerobicYogaView(Catalog catalog, AppServices services, Runnable logged) {
        this.model = new AerobicYogaViewModel(catalog);
        this.log = new AerobicLogViewModel(services, catalog.aerobicOptions(), logged);
    }

    @FXML
    private void initialize() {
        logSlot.getChildren().setAll(Views.load(AerobicLogView.FXML, new AerobicLogView(log)));
        aerobic.getChildren().setAll(model.aerobic().stream().map(AerobicYogaView::aerobicCard).toList());
        yogaIntro.setText(model.yogaIntro());
        poses.getChildren().setAll(model.poses().stream().map(AerobicYogaView::poseCard).toList());
    }

    private static Node aerobicCard(AerobicYogaViewModel.AerobicCard option) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(option.name(), "h2"));
        content.add(Blocks.text(option.summary()));
        option.sections().forEach(s -> content.addAll(Blocks.section(s.title(), Blocks.bullets(s.points()))));
        Node card = Blocks.card("aerobic-card", content);
        card.setId("aerobic-" + option.id());
        return card;
    }

    private static Node poseCard(AerobicYogaViewModel.PoseCard pose) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(pose.name(), "h2"));
        content.add(Blocks.text(pose.description()));
        pose.figures().ifPresent(pair -> content.add(FigurePairView.of(Messages.DEFAULT, pair, pose.name(),
                pose.startCaption(), pose.endCaption())));
        // Blocks.section leaves out a list the pose does not have.
        content.addAll(Blocks.section(pose.steps().title(), Blocks.numbered(pose.steps().points())));
        content.addAll(Blocks.section(pose.cautions().title(), Blocks.bullets(pose.cautions().points())));
        Node card = Blocks.card("yoga-card", content);
        card.setId("yoga-" + pose.id());
        return card;
    }
}
