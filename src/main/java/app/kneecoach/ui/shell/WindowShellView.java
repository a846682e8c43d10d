package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.FilePicker;
import app.kneecoach.ui.common.SessionWindow;
import app.kneecoach.ui.common.Shown;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The window's root (WindowShellView.fxml): the view that is up, and above it, whichever view that is, the save
 * bar of a {@link SaveBarViewModel}. The timer that retries while the bar stands, the file dialog of "Save a
 * copy" and the question before the window closes on work that would be lost are the window's, so they are here.
 */
final class WindowShellView implements SessionWindow {
    private static final String SAVED = "saved";
    private final SaveBarViewModel viewModel;
    private final FilePicker files;
    private final Timeline autoRetry;

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
    private Button closeBarButton;
    @FXML
    private Label copyResult;

    WindowShellView(SaveBarViewModel viewModel, FilePicker files) {
        this.viewModel = viewModel;
        this.files = files;
        autoRetry = new Timeline(new KeyFrame(Duration.seconds(SaveBarViewModel.RETRY_SECONDS), e -> retry()));
        autoRetry.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        Shown.when(viewModel.shown(), saveBar);
        Shown.when(viewModel.retryShown(), saveButtons);
        Shown.when(viewModel.closeShown(), closeBarButton);
        saveTitle.textProperty().bind(viewModel.title());
        saveDetail.textProperty().bind(viewModel.detail());
        copyResult.textProperty().bind(viewModel.copyResult());
        viewModel.saved().addListener((obs, old, saved) -> {
            saveBar.getStyleClass().remove(SAVED);
            if (saved) {
                saveBar.getStyleClass().add(SAVED);
            }
        });
        viewModel.retrying().addListener((obs, old, retrying) -> {
            if (retrying) {
                autoRetry.play();
            } else {
                autoRetry.stop();
            }
        });
    }

    /** Puts {@code view} in the window, below the save bar. */
    @Override
    public void show(Parent view) {
        shell.setCenter(view);
    }

    /** Runs once sessions that could not be saved have been: what shows the history must show them now. */
    void onSavedAgain(Runnable action) {
        viewModel.onSavedAgain(action);
    }

    @Override
    public void playerShowing(Runnable pause) {
        viewModel.playerShowing(pause);
    }

    @Override
    public void sessionUnderWay(boolean underWay) {
        viewModel.sessionUnderWay(underWay);
    }

    @FXML
    void retry() {
        viewModel.retry();
    }

    @FXML
    void closeBar() {
        viewModel.closeBar();
    }

    @FXML
    void saveCopy() {
        viewModel.saveCopy((title, name) -> files.saveAs(shell.getScene().getWindow(), title, name));
    }

    /** Whether the window may close: yes, unless something would be lost and the user chooses to stay. */
    boolean mayClose() {
        viewModel.closing();
        return viewModel.closeRisk()
                .map(risk -> Dialogs.confirmRisky(shell.getScene(), viewModel.closeQuestion(risk)))
                .orElse(true);
    }
}
