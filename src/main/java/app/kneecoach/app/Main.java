package app.kneecoach.app;

import java.util.List;
import javafx.application.Application;

/**
 * Entry point. A plain class, not the Application subclass, so the app starts from a
 * classpath jar where JavaFX is not on the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Startup.begin(List.of(args));
        Application.launch(KneeCoachApp.class, args);
    }
}
