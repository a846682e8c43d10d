package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.SessionWindow;
import app.kneecoach.ui.common.Shown;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.FileExport;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.userdata.History;
import app.kneecoach.userdata.HistoryExport;
import app.kneecoach.userdata.SessionSaver;
import app.kneecoach.instance.PrivateFiles;
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
 * The window's root (window-shell.fxml): the view that is up, and above it, whichever view that is, the bar
 * that says sessions could not be saved, retries on its own, and offers Try again and "Save a copy". It also
 * asks before the window closes on work that would be lost: a failed save, a session under way, or records
 * that can only be kept in memory.
 */
final class WindowShell implements SessionWindow {
    static final int RETRY_SECONDS = 10;
    private final Messages text = Messages.DEFAULT;
    private final AppServices services;
    private final SessionSaver saver;
    private final Timeline autoRetry = new Timeline(new KeyFrame(Duration.seconds(RETRY_SECONDS), e -> retry()));
    private String lastProblem = "";
    private boolean copySaved;
    private boolean sessionUnderWay;
    private Runnable onSavedAgain = () -> { };
    private Runnable pausePlayer = () -> { };

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

    WindowShell(AppServices services) {
        this.services = services;
        this.saver = services.saver();
        autoRetry.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        saver.setListener((state, problem) -> {
            if (state == SessionSaver.State.FAILED) {
                failed(problem.orElse(""));
            } else {
                saved();
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
        onSavedAgain = action;
    }

    @Override
    public void playerShowing(Runnable pause) {
        pausePlayer = pause;
    }

    @Override
    public void sessionUnderWay(boolean underWay) {
        sessionUnderWay = underWay;
    }

    private void failed(String problem) {
        boolean again = saveBar.isVisible() && !saveBar.getStyleClass().contains("saved");
        lastProblem = problem;
        saveTitle.setText(text.get("save.failedTitle"));
        saveDetail.setText(text.get("save.failedDetail", problem, RETRY_SECONDS)
                + (again ? " " + text.get("save.triedAt", Formats.DEFAULT.timeWithSeconds(services.clock().now(),
                services.zone())) : ""));
        saveBar.getStyleClass().remove("saved");
        Shown.showIf(true, saveBar, saveButtons);
        Shown.showIf(false, closeBarButton);
        autoRetry.play();
    }

    private void saved() {
        autoRetry.stop();
        onSavedAgain.run();
        if (saveBar.isVisible()) {
            saveTitle.setText(text.get("save.savedTitle"));
            saveDetail.setText(text.get("save.savedDetail"));
            saveBar.getStyleClass().add("saved");
            Shown.showIf(false, saveButtons);
            Shown.showIf(true, closeBarButton);
            copyResult.setText("");
        }
    }

    @FXML
    void retry() {
        saver.retry();
    }

    @FXML
    void closeBar() {
        Shown.showIf(false, saveBar);
    }

    /** Writes every session not yet saved to a file the user picks, in the history file's format. */
    @FXML
    void saveCopy() {
        History unsaved = new History(saver.unsavedSessions());
        if (unsaved.sessions().isEmpty()) {
            return;
        }
        services.files().saveAs(shell.getScene().getWindow(), text.get("save.copyTitle"),
                "knee-coach-unsaved-sessions.json").ifPresent(file -> services.background().run(() -> {
                    FileExport.utf8(out -> HistoryExport.json(unsaved, out)).to(file);
                    PrivateFiles.restrict(file);
                    return file;
                }, done -> {
                    copySaved = true;
                    copyResult.setText(text.get("save.copyDone", done));
                }, e -> copyResult.setText(text.get("export.failed", file, e.getMessage()))));
    }

    /** Whether the window may close: yes, unless something would be lost and the user chooses to stay. */
    boolean mayClose() {
        if (sessionUnderWay) {
            pausePlayer.run();
        }
        String risk;
        if (saver.unsaved() && saver.state() == SessionSaver.State.FAILED) {
            // A save still under way finishes before the app exits (KneeCoachApp.stop); a failed one does not.
            risk = text.get(copySaved ? "save.quitCopied" : "save.quitText", lastProblem);
        } else if (sessionUnderWay) {
            risk = text.get("save.quitSession");
        } else if (services.recordsInMemoryOnly() && saver.written() > 0) {
            risk = text.get("save.quitInMemory");
        } else {
            return true;
        }
        return Dialogs.confirmRisky(shell.getScene(), new Dialogs.Question(text.get("save.quitTitle"),
                text.get("save.quitTitle"), risk, text.get("save.quitStay"), text.get("save.quitAnyway")));
    }
}
