package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Presence;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * History's undo bar (its nodes are in HistoryView.fxml) bound to its {@link UndoBarViewModel}: there while it
 * has something to say, for {@link #SHOWN} after each change, with the keyboard on Undo once it is offered.
 */
final class UndoBar {
    static final Duration SHOWN = Duration.seconds(10);
    private final UndoBarViewModel model;
    private final HBox bar;
    private final Label message;
    private final Button undo;
    private final Button close;
    private final PauseTransition time = new PauseTransition(SHOWN);

    UndoBar(UndoBarViewModel model, HBox bar, Label message, Button undo, Button close) {
        this.model = model;
        this.bar = bar;
        this.message = message;
        this.undo = undo;
        this.close = close;
    }

    void bind() {
        message.textProperty().bind(model.message());
        Presence.bind(bar, model.shown());
        Presence.bind(undo, model.undoable());
        undo.setOnAction(e -> model.undo());
        close.setOnAction(e -> model.dismiss());
        time.setOnFinished(e -> model.expire());
        model.message().addListener((obs, old, now) -> {
            time.playFromStart();
            if (model.undoable().get()) {
                // The button pressed has gone with its entry (or form): Undo is where the keyboard goes on.
                Platform.runLater(undo::requestFocus);
            }
        });
    }
}
