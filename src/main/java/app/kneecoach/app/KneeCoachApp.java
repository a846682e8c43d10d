package app.kneecoach.app;

import app.kneecoach.ui.MainWindow;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the main window on the catalog and user data that {@link Startup} has read, then reads the history. */
public class KneeCoachApp extends Application {

    @Override
    public void start(Stage stage) {
        Startup.Loaded loaded = Startup.await(getParameters().getRaw());
        MainWindow.show(stage, loaded.catalog(), loaded.services());
        afterFirstFrame(stage.getScene(), loaded.readHistory());
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
}
