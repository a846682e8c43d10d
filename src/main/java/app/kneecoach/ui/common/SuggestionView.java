package app.kneecoach.ui.common;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The suggestion card (SuggestionView.fxml) bound to its {@link SuggestionViewModel}. */
public final class SuggestionView {
    public static final String FXML = "SuggestionView.fxml";
    private final SuggestionViewModel model;

    @FXML
    private VBox card;
    @FXML
    private Label title;
    @FXML
    private Label what;
    @FXML
    private Label why;
    @FXML
    private Label advice;
    @FXML
    private FitRow actions;
    @FXML
    private Button use;
    @FXML
    private Label message;

    public SuggestionView(SuggestionViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        Shown.when(model.shown(), card);
        title.textProperty().bind(model.title());
        what.textProperty().bind(model.what());
        why.textProperty().bind(model.why());
        advice.textProperty().bind(model.advice());
        Shown.when(model.adviceShown(), advice);
        Shown.when(model.actionsShown(), actions);
        use.accessibleTextProperty().bind(model.useName());
        message.textProperty().bind(model.message());
        Shown.when(model.messageShown(), message);
    }

    @FXML
    private void use() {
        model.accept();
    }

    @FXML
    private void notNow() {
        model.dismiss();
    }
}
