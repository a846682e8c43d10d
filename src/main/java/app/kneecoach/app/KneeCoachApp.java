package app.kneecoach.app;

import app.kneecoach.ui.MainWindow;
import javafx.application.Application;
import javafx.stage.Stage;

/** Opens the main window on the catalog and user data that {@link Startup} has read. */
public class KneeCoachApp extends Application {

    @Override
    public void start(Stage stage) {
        Startup.Loaded loaded = Startup.await(getParameters().getRaw());
        MainWindow.show(stage, loaded.catalog(), loaded.services());
    }
}
