package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.ChoiceBounds;
import app.kneecoach.ui.common.Fields;
import app.kneecoach.ui.common.FitRow;
import app.kneecoach.ui.common.Messages;

import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;

/**
 * One exercise of a routine, as a card bound to its {@link RoutineItemViewModel}. Built in code because the
 * cards repeat the routine's items; in the user's own routines it has the dose, version and move controls
 * (only those the exercise's range leaves open).
 */
final class RoutineItemRow extends VBox {

    RoutineItemRow(RoutineItemViewModel item) {
        int index = item.index();
        getStyleClass().addAll("card", "routine-item");
        setId("routine-item-" + index);
        Label title = Blocks.text("", "variation-name");
        title.textProperty().bind(item.title());
        getChildren().add(title);
        if (item.available()) {
            Label dose = Blocks.text("", "routine-dose");
            dose.textProperty().bind(item.dose());
            getChildren().addAll(dose, Blocks.text(item.range(), "exercise-summary"));
        }
        if (item.editable()) {
            getChildren().add(controls(item, index));
        }
    }

    private static FitRow controls(RoutineItemViewModel item, int index) {
        Messages text = Messages.DEFAULT;
        FitRow controls = new FitRow();
        controls.getStyleClass().add("setup-fields");
        if (item.available()) {
            if (!item.versionChoices().isEmpty()) {
                ComboBox<String> version = new ComboBox<>(FXCollections.observableArrayList(item.versionChoices()));
                version.setId("item-version-" + index);
                version.setValue(item.version());
                version.valueProperty().addListener((obs, old, chosen) -> item.chooseVersion(chosen));
                controls.getChildren().add(Fields.field(text.get("routines.variation"), version));
            }
            ChoiceBounds bounds = item.bounds();
            if (bounds.targetAdjustable()) {
                number(controls, item.targetLabel(), Fields.spinner("item-target-" + index, bounds.targetMin(),
                        bounds.targetMax(), item.target(), bounds.targetStep()), item::setTarget);
            }
            if (bounds.setsAdjustable()) {
                number(controls, text.get("routines.sets"), Fields.spinner("item-sets-" + index, bounds.setsMin(),
                        bounds.setsMax(), item.sets(), 1), item::setSets);
            }
            if (bounds.topHoldAdjustable()) {
                number(controls, text.get("routines.topHold"), Fields.spinner("item-top-hold-" + index,
                        bounds.topHoldMin(), bounds.topHoldMax(), item.topHold(), 1), item::setTopHold);
            }
        }
        Button up = button(text.get("routines.up"), "item-up-" + index, item::moveUp);
        Button down = button(text.get("routines.down"), "item-down-" + index, item::moveDown);
        // Kept in place but greyed out, so every card's buttons line up where the hand expects them.
        up.setDisable(!item.canMoveUp());
        down.setDisable(!item.canMoveDown());
        controls.getChildren().addAll(up, down, button(text.get("routines.remove"), "item-remove-" + index, item::remove));
        return controls;
    }

    private static void number(FitRow controls, String label, Spinner<Integer> spinner, IntConsumer changed) {
        spinner.valueProperty().addListener((obs, old, value) -> changed.accept(value));
        controls.getChildren().add(Fields.field(label, spinner));
    }

    private static Button button(String label, String id, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
