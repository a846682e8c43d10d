package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Shown;

import app.kneecoach.catalog.Routine;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * A row of the routine list, built in code as list cells are: its nodes made once, then only given texts. A planned
 * routine has a third line, when it is planned.
 */
final class RoutineCell extends ListCell<Routine> {
    private final RoutinesViewModel model;
    private final Label name = Blocks.text("", "exercise-name");
    private final Label summary = Blocks.text("", "exercise-summary");
    private final Label planned = Blocks.text("", "exercise-summary", "routine-planned");
    private final VBox box = new VBox(name, summary, planned);

    RoutineCell(RoutinesViewModel model) {
        this.model = model;
        box.getStyleClass().add("exercise-cell");
    }

    @Override
    protected void updateItem(Routine routine, boolean empty) {
        super.updateItem(routine, empty);
        if (empty || routine == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        name.setText(routine.name());
        summary.setText(model.summary(routine));
        planned.setText(model.schedule().line(routine.id()));
        Shown.showIf(!planned.getText().isEmpty(), planned);
        setGraphic(box);
        setAccessibleText(model.accessibleText(routine));
    }
}
