package app.kneecoach.ui.player;

import app.kneecoach.ui.common.SuggestionView;
import app.kneecoach.ui.common.Views;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * The session's end (SessionEndView.fxml) bound to its {@link SessionEndViewModel}; the suggestion cards are
 * built in code, one per exercise that has one.
 */
public final class SessionEndView {
    private final SessionEndViewModel model;

    @FXML
    private VBox cards;
    @FXML
    private Button done;

    public SessionEndView(SessionEndViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        model.suggestions().forEach(card -> cards.getChildren().add(Views.load(SuggestionView.FXML,
                new SuggestionView(card))));
        done.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                done.requestFocus();
            }
        });
    }

    @FXML
    private void done() {
        model.done();
    }
}
