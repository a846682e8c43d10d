package app.kneecoach.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view with a controller built in code, so controllers receive their model in the constructor.
 * A relative name is found beside the controller's class (each feature's views live in its own package).
 */
public final class Views {
    private Views() {
    }

    public static Parent load(String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(fxml), Messages.DEFAULT.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            // The FXML ships inside the jar; failing to read it is a build defect, not a user error.
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }
}
