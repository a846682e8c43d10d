package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.DosageText;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.NarrowLayout;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The exercise list (grouped by category, filtered by the search box) beside the chosen exercise's details. */
public final class ExercisesController {
    private final FilteredList<Exercise> shown;
    private final ExerciseDetail detailView;

    @FXML
    private TextField search;
    @FXML
    private ListView<Exercise> exerciseList;
    @FXML
    private Label noMatch;
    @FXML
    private ScrollPane detailScroll;
    @FXML
    private VBox detail;

    public ExercisesController(Catalog catalog, SessionSetupView setup) {
        this.detailView = new ExerciseDetail(Messages.DEFAULT, setup);
        // Grouped by category in the article's order, which the catalog keeps within each category.
        this.shown = new FilteredList<>(FXCollections.observableArrayList(catalog.exercises().stream()
                .sorted(java.util.Comparator.comparing(Exercise::category)).toList()));
    }

    @FXML
    private SplitPane split;

    @FXML
    private void initialize() {
        NarrowLayout.stackWhenNarrow(split, search.fontProperty());
        exerciseList.setItems(shown);
        exerciseList.setCellFactory(view -> new ExerciseCell(new DosageText(Messages.DEFAULT)));
        exerciseList.getSelectionModel().selectedItemProperty().addListener((obs, old, exercise) -> showDetail(exercise));
        search.textProperty().addListener((obs, old, query) -> filter(query));
        // Enter in the search box jumps to the first match, so the keyboard path is type, Enter, read.
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.DOWN) {
                if (!shown.isEmpty()) {
                    exerciseList.getSelectionModel().selectFirst();
                    exerciseList.requestFocus();
                }
                event.consume();
            }
        });
        // Enter on an exercise goes to its Start button, so a whole session needs no mouse.
        exerciseList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && exerciseList.getSelectionModel().getSelectedItem() != null) {
                Node start = detail.lookup("#start-session");
                if (start != null) {
                    start.requestFocus();
                    event.consume();
                }
            }
        });
        exerciseList.getSelectionModel().selectFirst();
    }

    private void filter(String query) {
        shown.setPredicate(ExerciseFilter.matching(query));
        boolean none = shown.isEmpty();
        noMatch.setText(none ? Messages.DEFAULT.get("search.noMatch", query.strip()) : "");
        noMatch.setVisible(none);
        noMatch.setManaged(none);
    }

    private void showDetail(Exercise exercise) {
        if (exercise == null) {
            return;
        }
        detail.getChildren().setAll(detailView.build(exercise));
        detailScroll.setVvalue(0);
    }
}
