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

    /**
     * Loads a file with no nodes in it, off the window's thread while the toolkit starts: the first FXML file
     * a run loads pays for FXMLLoader's and the XML parser's start (a tenth of a second on two cores), which
     * would otherwise delay the window. Failing is harmless: the first view then pays instead.
     */
    public static void warmUp() {
        try {
            new FXMLLoader(Views.class.getResource("WarmUp.fxml")).load();
        } catch (IOException | RuntimeException e) {
            // Only a head start.
        }
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
