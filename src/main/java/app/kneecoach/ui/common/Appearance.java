package app.kneecoach.ui.common;

import app.kneecoach.userdata.Theme;
import app.kneecoach.userdata.UserSettings;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Applies the theme and text size as style classes on the window's root (see app.css), which holds
 * every view in turn. The player keeps its own sizes (its root is marked {@value #OWN_TEXT_SIZE}, which
 * app.css pins to the usual size), already made to be read from a mat a few metres away; scaling them
 * further would push its controls off the screen.
 */
public final class Appearance {
    public static final String OWN_TEXT_SIZE = "own-text-size";

    private Appearance() {
    }

    public static void follow(Scene scene, Supplier<UserSettings> settings) {
        apply(scene.getRoot(), settings.get());
        scene.rootProperty().addListener((obs, old, root) -> apply(root, settings.get()));
    }

    public static void apply(Parent root, UserSettings settings) {
        if (root == null) {
            return;
        }
        root.getStyleClass().removeIf(c -> c.startsWith("theme-") || c.startsWith("font-"));
        if (settings.theme() != Theme.LIGHT) {
            root.getStyleClass().add("theme-" + settings.theme().key());
        }
        if (settings.textSize() != 100) {
            root.getStyleClass().add("font-" + settings.textSize());
        }
    }
}
