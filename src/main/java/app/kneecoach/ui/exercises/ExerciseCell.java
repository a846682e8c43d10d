package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.Shown;

import app.kneecoach.catalog.Exercise;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * A list row, built in code as list cells are: the category caption above the first exercise of each group,
 * then name and dosage. Its nodes are made once; a recycled cell only gets new texts.
 */
final class ExerciseCell extends ListCell<Exercise> {
    private final ExercisesViewModel model;
    private final Label caption = label("category-caption");
    private final Label name = label("exercise-name");
    private final Label summary = label("exercise-summary");
    private final VBox box = new VBox(caption, name, summary);

    ExerciseCell(ExercisesViewModel model) {
        this.model = model;
        box.getStyleClass().add("exercise-cell");
    }

    @Override
    protected void updateItem(Exercise exercise, boolean empty) {
        super.updateItem(exercise, empty);
        if (empty || exercise == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        ExercisesViewModel.Row row = model.row(getIndex(), exercise);
        caption.setText(row.caption());
        Shown.showIf(row.startsGroup(), caption);
        name.setText(row.name());
        summary.setText(row.summary());
        setGraphic(box);
        setAccessibleText(row.accessibleText());
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
