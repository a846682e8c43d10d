package app.kneecoach.ui;

import app.kneecoach.history.Background;
import app.kneecoach.history.SessionCopy;
import app.kneecoach.history.SessionRecord;
import app.kneecoach.history.SessionSaver;
import java.io.File;
import java.nio.file.Files;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The window's root (window-shell.fxml): the view that is up, and above it, whichever view that is, the bar
 * that says a session could not be saved, retries on its own, and offers Retry and "Save a copy". It also
 * asks before the window closes on work that is not saved.
 */
final class WindowShell {
    static final int RETRY_SECONDS = 10;
    private final Messages text = Messages.DEFAULT;
    private final Background background;
    private final Timeline autoRetry = new Timeline(new KeyFrame(Duration.seconds(RETRY_SECONDS), e -> retry()));
    private SessionSaver saver;
    private String lastProblem = "";

    @FXML
    private BorderPane shell;
    @FXML
    private VBox saveBar;
    @FXML
    private Label saveTitle;
    @FXML
    private Label saveDetail;
    @FXML
    private FlowPane saveButtons;
    @FXML
    private Label copyResult;

    WindowShell(Background background) {
        this.background = background;
        autoRetry.setCycleCount(Animation.INDEFINITE);
    }

    /** Puts {@code view} in the window, below the save bar. */
    void show(Parent view) {
        shell.setCenter(view);
    }

    /** Follows the saves of a new session (one at a time: a session starts only from the main window). */
    void watch(SessionSaver next) {
        saver = next;
        saver.setListener((state, problem) -> {
            if (state == SessionSaver.State.FAILED) {
                failed(problem.orElse(""));
            } else {
                saved();
            }
        });
    }

    private void failed(String problem) {
        lastProblem = problem;
        saveTitle.setText(text.get("save.failedTitle"));
        saveDetail.setText(text.get("save.failedDetail", problem, RETRY_SECONDS));
        saveBar.getStyleClass().remove("saved");
        PlayerStyles.showIf(true, saveBar, saveButtons);
        autoRetry.play();
    }

    private void saved() {
        autoRetry.stop();
        if (saveBar.isVisible()) {
            saveTitle.setText(text.get("save.savedTitle"));
            saveDetail.setText(text.get("save.savedDetail"));
            saveBar.getStyleClass().add("saved");
            PlayerStyles.showIf(false, saveButtons);
        }
    }

    @FXML
    void retry() {
        if (saver != null) {
            saver.retry();
        }
    }

    @FXML
    void saveCopy() {
        Optional<SessionRecord> session = saver == null ? Optional.empty() : saver.latest();
        if (session.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("save.copyTitle"));
        chooser.setInitialFileName(SessionCopy.FILE_NAME);
        File file = chooser.showSaveDialog(shell.getScene().getWindow());
        if (file != null) {
            byte[] json = SessionCopy.json(session.get());
            background.run(() -> Files.write(file.toPath(), json), done -> copyResult.setText(
                    text.get("save.copyDone", file)), e -> copyResult.setText(text.get("export.failed", file,
                    e.getMessage())));
        }
    }

    /** Whether the window may close: yes unless work is unsaved and the user chooses to stay. */
    boolean mayClose() {
        // A save still under way finishes before the app exits (KneeCoachApp.stop); only a failed one is at risk.
        if (saver == null || !saver.unsaved() || saver.state() != SessionSaver.State.FAILED) {
            return true;
        }
        ButtonType stay = new ButtonType(text.get("save.quitStay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType quit = new ButtonType(text.get("save.quitAnyway"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING, text.get("save.quitText", lastProblem), stay, quit);
        ask.setTitle(text.get("save.quitTitle"));
        ask.setHeaderText(text.get("save.quitTitle"));
        ask.initOwner(shell.getScene().getWindow());
        return ask.showAndWait().filter(quit::equals).isPresent();
    }
}
