package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Shown;
import app.kneecoach.ui.common.LimitedText;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.userdata.SessionRecord;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The 0-10 pain check-in before and after a session. Digits 0-9 (or the arrow keys and Space) pick a
 * rating from the keyboard, Enter continues; {@code onCancel} (when given) leaves without starting.
 */
final class PainCheckController {
    private final Messages text = Messages.DEFAULT;
    private final String heading;
    private final String subjectText;
    private final Consumer<PainCheck> onDone;
    private final Optional<Runnable> onCancel;
    private final ToggleGroup ratings = new ToggleGroup();

    @FXML
    private VBox root;
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

    PainCheckController(String heading, String subjectText, Consumer<PainCheck> onDone,
                        Optional<Runnable> onCancel) {
        this.heading = heading;
        this.subjectText = subjectText;
        this.onDone = onDone;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        title.setText(heading);
        subject.setText(subjectText);
        IntStream.rangeClosed(0, 10).forEach(value -> {
            ToggleButton button = new ToggleButton(String.valueOf(value));
            button.setId("pain-" + value);
            button.setToggleGroup(ratings);
            button.setUserData(value);
            button.getStyleClass().add("pain-value");
            button.setAccessibleText(text.get("pain.accessible.value", value));
            HBox.setHgrow(button, Priority.ALWAYS);
            scale.getChildren().add(button);
        });
        LimitedText.limit(note, SessionRecord.NOTE_MAX, noteCount, text);
        Shown.showIf(false, warning);
        Shown.showIf(onCancel.isPresent(), cancelButton);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::digitTyped);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::enterPressed);
        // A rating, once picked, can be changed but not cleared by clicking or pressing it again.
        ratings.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                ratings.selectToggle(old);
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> scale.getChildren().get(0).requestFocus());
            }
        });
    }

    /** The pain warning, once it has been worked out from the records. */
    void showWarning(List<Node> content) {
        warning.getChildren().setAll(content);
        Shown.showIf(!content.isEmpty(), warning);
    }

    /** A digit picks that rating, unless the user is typing a note. */
    private void digitTyped(KeyEvent event) {
        String typed = event.getCharacter();
        if (note.isFocused() || typed.length() != 1 || !Character.isDigit(typed.charAt(0))) {
            return;
        }
        Node button = scale.getChildren().get(typed.charAt(0) - '0');
        ratings.selectToggle((ToggleButton) button);
        button.requestFocus();
        event.consume();
    }

    /**
     * Enter continues from anywhere but the other buttons: without this, Enter on a focused rating would
     * press that rating instead.
     */
    private void enterPressed(KeyEvent event) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (event.getCode() == KeyCode.ENTER && !(focused instanceof Button)) {
            confirm();
            event.consume();
        }
    }

    @FXML
    void confirm() {
        OptionalInt pain = ratings.getSelectedToggle() == null ? OptionalInt.empty()
                : OptionalInt.of((Integer) ratings.getSelectedToggle().getUserData());
        String written = note.getText() == null ? "" : note.getText().strip();
        onDone.accept(new PainCheck(pain, written.isEmpty() ? Optional.empty() : Optional.of(written)));
    }

    @FXML
    void skip() {
        onDone.accept(new PainCheck(OptionalInt.empty(), Optional.empty()));
    }

    @FXML
    void cancel() {
        onCancel.ifPresent(Runnable::run);
    }
}
