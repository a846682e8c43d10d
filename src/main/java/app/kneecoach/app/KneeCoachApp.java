package app.kneecoach.app;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.shell.MainWindow;
import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the main window on the catalog and user data that {@link Startup} has read, then reads the history. */
public class KneeCoachApp extends Application {
    /** The main window, once there is one, for {@link #bringToFront()}. */
    private static volatile Stage mainStage;

    private AppServices services;

    @Override
    public void start(Stage stage) {
        Startup.Loaded loaded = Startup.await(getParameters().getRaw());
        services = loaded.services();
        // A logout or kill (SIGTERM) skips stop(): the records are still closed, their log folded in.
        Runtime.getRuntime().addShutdownHook(new Thread(services::closeRecords, "records-close"));
        MainWindow.show(stage, loaded.catalog(), loaded.services());
        mainStage = stage;
        afterContentFrame(stage.getScene(), loaded.readHistory());
    }

    /**
     * The last saves finish before the app exits (each is a few milliseconds; the wait is bounded), then the
     * records are closed, which folds SQLite's write-ahead log into the records file itself.
     */
    @Override
    public void stop() throws InterruptedException {
        if (services != null) {
            services.background().drain(Duration.ofSeconds(10));
            services.closeRecords();
        }
    }

    /**
     * Runs {@code action} once the window shows its first section: the window goes up with its sidebar and
     * the section follows in a task queued before it (MainWindowView), so the frame after the first frame
     * shows it. The records then open without competing with either for the two cores.
     */
    public static void afterContentFrame(Scene scene, Runnable action) {
        afterFirstFrame(scene, () -> Platform.runLater(() -> {
            afterFirstFrame(scene, action);
            // A pulse comes only when something changed; if the section was already in the first frame, none would.
            Platform.requestNextPulse();
        }));
    }

    /** Runs {@code action} once, after the first layout pulse that shows the window. */
    public static void afterFirstFrame(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                    scene.removePostLayoutPulseListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * Brings the main window to the front, for a second launch on the same data folder. Any thread; does nothing
     * before the window exists (the toolkit may not have started, and the window is about to show anyway).
     */
    public static void bringToFront() {
        if (mainStage == null) {
            return;
        }
        Platform.runLater(() -> {
            Stage stage = mainStage;
            if (stage.isShowing()) {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }
        });
    }
}
