package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.DosageText;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.Exercise;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A list row: the category caption above the first exercise of each group, then name and dosage. */
final class ExerciseCell extends ListCell<Exercise> {
    private final DosageText dosage;

    ExerciseCell(DosageText dosage) {
        this.dosage = dosage;
        // A zero preferred width lets the row take the list's width, so long names wrap instead of scrolling sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Exercise exercise, boolean empty) {
        super.updateItem(exercise, empty);
        if (empty || exercise == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        VBox box = new VBox();
        box.getStyleClass().add("exercise-cell");
        if (startsGroup(exercise)) {
            Label caption = new Label(Messages.DEFAULT.get("category." + exercise.category().key()).toUpperCase(Locale.ROOT));
            caption.getStyleClass().add("category-caption");
            box.getChildren().add(caption);
        }
        Label name = new Label(exercise.name());
        name.getStyleClass().add("exercise-name");
        name.setWrapText(true);
        Label summary = new Label(dosage.summary(exercise.dosage()));
        summary.getStyleClass().add("exercise-summary");
        summary.setWrapText(true);
        box.getChildren().addAll(name, summary);
        setGraphic(box);
        setAccessibleText(exercise.name() + ", " + summary.getText());
    }

    private boolean startsGroup(Exercise exercise) {
        int index = getIndex();
        return index == 0 || getListView().getItems().get(index - 1).category() != exercise.category();
    }
}
