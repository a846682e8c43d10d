package app.kneecoach.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/** Questions before something that cannot be undone, looking like the window they belong to. */
public final class Dialogs {
    private Dialogs() {
    }

    /** What a question asks, and its two answers: the safe one (Enter) and the one that cannot be undone. */
    public record Question(String title, String header, String text, String safeAnswer, String riskyAnswer) {
    }

    /**
     * Asks {@code question} over {@code scene}'s window and waits; Enter (and Esc) give the safe answer, so
     * losing something always takes a deliberate click.
     *
     * @return whether the risky answer was chosen
     */
    public static boolean confirmRisky(Scene scene, Question question) {
        ButtonType safe = new ButtonType(question.safeAnswer(), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType risky = new ButtonType(question.riskyAnswer(), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING, question.text(), safe, risky);
        ask.setTitle(question.title());
        ask.setHeaderText(question.header());
        ask.initOwner(scene.getWindow());
        ((Button) ask.getDialogPane().lookupButton(risky)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(safe)).setDefaultButton(true);
        styleLike(ask.getDialogPane(), scene);
        return ask.showAndWait().filter(risky::equals).isPresent();
    }

    /** Dialogs use the window's stylesheets, theme and text size. */
    public static void styleLike(DialogPane pane, Scene scene) {
        pane.getStylesheets().setAll(scene.getStylesheets());
        pane.getStyleClass().addAll(scene.getRoot().getStyleClass().stream()
                .filter(c -> c.startsWith("theme-") || c.startsWith("font-")).toList());
        pane.getStyleClass().add("app-dialog");
    }
}
