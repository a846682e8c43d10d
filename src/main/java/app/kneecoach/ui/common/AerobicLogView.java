package app.kneecoach.ui.common;

import app.kneecoach.userdata.AerobicEntry;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;

/** The aerobic minutes form (AerobicLogView.fxml) bound to its {@link AerobicLogViewModel}. */
public final class AerobicLogView {
    public static final String FXML = "AerobicLogView.fxml";
    private final AerobicLogViewModel model;

    @FXML
    private Label title;
    @FXML
    private ChoiceBox<String> option;
    @FXML
    private ChoiceBox<String> day;
    @FXML
    private Spinner<Integer> minutes;
    @FXML
    private Button submit;
    @FXML
    private Button cancel;
    @FXML
    private Label result;

    public AerobicLogView(AerobicLogViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        Messages text = Messages.DEFAULT;
        option.setItems(model.optionNames());
        day.setItems(model.dayNames());
        follow(option, model.option());
        follow(day, model.day());
        minutes.setValueFactory(new IntegerSpinnerValueFactory(AerobicEntry.MINUTES.min(), AerobicEntry.MINUTES.max(),
                model.minutes().get(), AerobicEntry.MINUTES.step()));
        minutes.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.minutes().set(now);
            }
        });
        model.minutes().addListener((obs, old, now) -> minutes.getValueFactory().setValue(now.intValue()));
        // The box takes typing: its text field is what the keyboard reaches, so it carries the name.
        minutes.getEditor().setAccessibleText(text.get("aerobicLog.minutes"));
        result.textProperty().bind(model.result());
        Presence.bind(result, model.result().isNotEmpty());
        Presence.bind(cancel, model.editing());
        title.textProperty().bind(model.editing().map(editing -> text.get(editing ? "aerobicLog.editTitle"
                : "aerobicLog.title")));
        submit.textProperty().bind(model.editing().map(editing -> text.get(editing ? "aerobicLog.save"
                : "aerobicLog.log")));
    }

    @FXML
    private void submit() {
        // A number typed into the box counts even if the person goes straight to the button.
        try {
            minutes.commitValue();
        } catch (RuntimeException notANumber) {
            // Not a number: the box shows the last good value again, which is what is logged.
            minutes.cancelEdit();
        }
        model.submit();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    /** The choice box shows the model's choice, and the person's choice goes to the model. */
    private static void follow(ChoiceBox<String> box, IntegerProperty chosen) {
        box.getSelectionModel().select(chosen.get());
        box.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                chosen.set(now.intValue());
            }
        });
        chosen.addListener((obs, old, now) -> box.getSelectionModel().select(now.intValue()));
        box.getItems().addListener((ListChangeListener<String>) change ->
                box.getSelectionModel().select(chosen.get()));
    }
}
