package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.json.FileProblem;
import app.kneecoach.catalog.CatalogLoadResult;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Lists every problem in a catalog that failed to load, and offers the built-in catalog instead. */
final class CatalogErrorController {
    private final CatalogLoadResult.Failed failed;
    private final Runnable openBuiltIn;

    @FXML
    private Label intro;
    @FXML
    private ListView<FileProblem> problems;
    @FXML
    private Button useBuiltIn;

    /** @param openBuiltIn how to switch to the bundled catalog, or null when the bundled one is what failed */
    CatalogErrorController(CatalogLoadResult.Failed failed, Runnable openBuiltIn) {
        this.failed = failed;
        this.openBuiltIn = openBuiltIn;
    }

    @FXML
    private void initialize() {
        intro.setText(Messages.DEFAULT.get("error.intro", failed.problems().size(), failed.file()));
        problems.getItems().setAll(failed.problems());
        problems.setCellFactory(list -> new ProblemCell());
        useBuiltIn.setVisible(openBuiltIn != null);
        useBuiltIn.setManaged(openBuiltIn != null);
    }

    @FXML
    private void openBuiltIn() {
        openBuiltIn.run();
    }

    private static final class ProblemCell extends ListCell<FileProblem> {
        @Override
        protected void updateItem(FileProblem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                return;
            }
            var box = new javafx.scene.layout.VBox(Blocks.text(problem.where(), "problem-where"),
                    Blocks.text(problem.message(), "problem-message"));
            box.setMaxWidth(Double.MAX_VALUE);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(box);
            setAccessibleText(problem.toString());
        }
    }
}
