package app.kneecoach.ui.history;

import app.kneecoach.ui.common.LimitedText;
import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The form that corrects a session's check-ins (SessionEditView.fxml), bound to a {@link SessionEditViewModel}. */
public final class SessionEditView {
    static final String FXML = "SessionEditView.fxml";
    private final SessionEditViewModel model;

    @FXML
    private Label title;
    @FXML
    private ChoiceBox<String> painBefore;
    @FXML
    private ChoiceBox<String> painAfter;
    @FXML
    private TextField noteBefore;
    @FXML
    private TextField noteAfter;

    SessionEditView(SessionEditViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(model.title());
        follow(painBefore, model.painBefore());
        follow(painAfter, model.painAfter());
        LimitedText.limit(noteBefore, model.noteMax());
        LimitedText.limit(noteAfter, model.noteMax());
        noteBefore.textProperty().bindBidirectional(model.noteBefore());
        noteAfter.textProperty().bindBidirectional(model.noteAfter());
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    private void follow(ChoiceBox<String> box, IntegerProperty chosen) {
        box.getItems().setAll(model.painChoices());
        box.getSelectionModel().select(chosen.get());
        box.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                chosen.set(now.intValue());
            }
        });
        chosen.addListener((obs, old, now) -> box.getSelectionModel().select(now.intValue()));
    }
}
