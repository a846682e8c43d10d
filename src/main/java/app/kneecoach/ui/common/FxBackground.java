package app.kneecoach.ui.common;

import app.kneecoach.userdata.Background;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/** The app's background: one "records" thread for every database and file job, results on the JavaFX thread. */
public final class FxBackground {
    private FxBackground() {
    }

    public static Background create() {
        ExecutorService records = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "records");
            // Draining at exit is done by KneeCoachApp.stop; a daemon never keeps a closed app alive.
            thread.setDaemon(true);
            return thread;
        });
        return new Background(records, Platform::runLater);
    }
}
