package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Shown;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The welcome (WelcomeView.fxml) bound to its {@link WelcomeViewModel}; the help card's points are the catalog's. */
final class WelcomeView {
    private final WelcomeViewModel model;

    @FXML
    private Label what;
    @FXML
    private VBox beginPart;
    @FXML
    private Label begin;
    @FXML
    private VBox help;
    @FXML
    private Label helpTitle;
    @FXML
    private Button startGentle;
    @FXML
    private Button lookAround;

    WelcomeView(WelcomeViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        what.setText(model.what());
        begin.setText(model.begin());
        Shown.showIf(model.beginShown(), beginPart, startGentle);
        // Without a gentle start in the catalog, Enter closes the welcome.
        lookAround.setDefaultButton(!model.beginShown());
        model.help().ifPresent(section -> helpTitle.setText(section.title()));
        help.getChildren().addAll(Blocks.bullets(model.helpPoints()));
        Shown.showIf(model.help().isPresent(), help);
    }

    /** Focus on the button Enter presses, once the welcome is in the window. */
    void focus() {
        (model.beginShown() ? startGentle : lookAround).requestFocus();
    }

    @FXML
    private void startGentle() {
        model.startGentle();
    }

    @FXML
    private void lookAround() {
        model.lookAround();
    }
}
