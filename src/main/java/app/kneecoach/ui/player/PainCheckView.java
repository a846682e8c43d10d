package app.kneecoach.ui.player;

import app.kneecoach.ui.common.LimitedText;
import app.kneecoach.ui.common.SafetyCard;
import app.kneecoach.ui.common.Shown;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The pain check-in's screen (PainCheckView.fxml), bound to a {@link PainCheckViewModel}. Digits 0-9 (or the
 * arrow keys and Space) pick a rating from the keyboard, Enter continues. Built in code: the 0-10 buttons, one
 * per value of the view model's scale (each with its value in its id and its own words, which FXML cannot
 * say without eleven copies), and the warning card from its text.
 */
final class PainCheckView {
    private final PainCheckViewModel viewModel;
    private final ToggleGroup ratings = new ToggleGroup();

    @FXML
    private BorderPane root;
    @FXML
    private Label title;
    @FXML
    private Label subject;
    @FXML
    private HBox scale;
    @FXML
    private VBox warning;
    @FXML
    private TextField note;
    @FXML
    private Label noteCount;
    @FXML
    private Button cancelButton;

    PainCheckView(PainCheckViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        subject.setText(viewModel.subject());
        viewModel.scale().forEach(rating -> scale.getChildren().add(ratingButton(rating)));
        // A rating, once picked, can be changed but not cleared by clicking or pressing it again.
        ratings.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                showRating();
            } else {
                viewModel.select((Integer) now.getUserData());
            }
        });
        viewModel.rating().addListener(changed -> showRating());
        LimitedText.limit(note, viewModel.noteMax());
        note.textProperty().addListener((obs, old, now) -> viewModel.setNote(now));
        noteCount.textProperty().bind(viewModel.noteCount());
        Shown.when(viewModel.warningShown(), warning);
        viewModel.warning().addListener(changed -> showWarning());
        showWarning();
        Shown.showIf(viewModel.cancelOffered(), cancelButton);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::digitTyped);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::enterPressed);
        // The scale is in a scroll pane, whose content joins the window only with the pane's skin, a pass after the
        // check-in itself: focus can go to a rating once the scale is in the window.
        scale.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> scale.getChildren().get(0).requestFocus());
            }
        });
    }

    private ToggleButton ratingButton(PainCheckViewModel.Rating rating) {
        ToggleButton button = new ToggleButton(rating.label());
        button.setId("pain-" + rating.value());
        button.setToggleGroup(ratings);
        button.setUserData(rating.value());
        button.getStyleClass().add("pain-value");
        button.setAccessibleText(rating.accessibleText());
        HBox.setHgrow(button, Priority.ALWAYS);
        return button;
    }

    /** The scale's buttons are in order from 0, so a rating is its button's place. */
    private void showRating() {
        viewModel.rating().get().ifPresent(value -> ratings.selectToggle((Toggle) scale.getChildren().get(value)));
    }

    private void showWarning() {
        warning.getChildren().setAll(viewModel.warning().get().map(SafetyCard::content).orElse(List.of()));
    }

    /** A digit picks that rating, unless the user is typing a note. */
    private void digitTyped(KeyEvent event) {
        String typed = event.getCharacter();
        if (note.isFocused() || !typed.matches("[0-9]")) {
            return;
        }
        int value = typed.charAt(0) - '0';
        viewModel.select(value);
        scale.getChildren().get(value).requestFocus();
        event.consume();
    }

    /**
     * Enter continues from anywhere but the other buttons: without this, Enter on a focused rating would
     * press that rating instead.
     */
    private void enterPressed(KeyEvent event) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (event.getCode() == KeyCode.ENTER && !(focused instanceof Button)) {
            viewModel.confirm();
            event.consume();
        }
    }

    @FXML
    private void confirm() {
        viewModel.confirm();
    }

    @FXML
    private void skip() {
        viewModel.skip();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
