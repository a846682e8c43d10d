package app.kneecoach.ui;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/** Dialogs look like the window they belong to: its stylesheets, theme and text size. */
final class Dialogs {
    private Dialogs() {
    }

    static void styleLike(DialogPane pane, Scene scene) {
        pane.getStylesheets().setAll(scene.getStylesheets());
        pane.getStyleClass().addAll(scene.getRoot().getStyleClass().stream()
                .filter(c -> c.startsWith("theme-") || c.startsWith("font-")).toList());
        pane.getStyleClass().add("app-dialog");
    }
}
