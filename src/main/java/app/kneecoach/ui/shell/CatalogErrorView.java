package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Shown;
import app.kneecoach.ui.shell.CatalogErrorViewModel.Problem;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * Lists every problem in a catalog that failed to load (CatalogErrorView.fxml), bound to a
 * {@link CatalogErrorViewModel}. Built in code: the list cells, each a problem's place and message.
 */
final class CatalogErrorView {
    private final CatalogErrorViewModel viewModel;

    @FXML
    private Label intro;
    @FXML
    private ListView<Problem> problems;
    @FXML
    private Button useBuiltIn;

    CatalogErrorView(CatalogErrorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        intro.setText(viewModel.intro());
        problems.getItems().setAll(viewModel.problems());
        problems.setCellFactory(list -> new ProblemCell());
        Shown.showIf(viewModel.builtInOffered(), useBuiltIn);
    }

    @FXML
    private void openBuiltIn() {
        viewModel.openBuiltIn();
    }

    /** Wraps its text to the list's width: app.css gives the cells no width of their own. */
    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            VBox box = new VBox(Blocks.text(problem.where(), "problem-where"),
                    Blocks.text(problem.message(), "problem-message"));
            box.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> getWidth() - snappedLeftInset() - snappedRightInset(), widthProperty(), paddingProperty()));
            setGraphic(box);
            setAccessibleText(problem.spoken());
        }
    }
}
