package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.NarrowLayout;
import app.kneecoach.ui.common.Scrolling;
import app.kneecoach.ui.common.Shown;
import app.kneecoach.ui.common.Views;

import app.kneecoach.catalog.Exercise;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The Exercises section (ExercisesView.fxml) bound to its {@link ExercisesViewModel}: the list's rows are
 * {@link ExerciseCell}s, and the detail is its own view, loaded into the scroll pane.
 */
public final class ExercisesView {
    private final ExercisesViewModel model;
    private final ExerciseDetailView detailView;

    @FXML
    private SplitPane split;
    @FXML
    private TextField search;
    @FXML
    private ListView<Exercise> exerciseList;
    @FXML
    private Label noMatch;
    @FXML
    private ScrollPane detailScroll;
    @FXML
    private Button back;
    private NarrowLayout layout;

    public ExercisesView(ExercisesViewModel model) {
        this.model = model;
        this.detailView = new ExerciseDetailView(model.detail());
    }

    @FXML
    private void initialize() {
        layout = NarrowLayout.of(split, exerciseList, back, search.fontProperty());
        detailScroll.setContent(Views.load("ExerciseDetailView.fxml", detailView));
        Scrolling.followFocus(detailScroll);
        search.textProperty().bindBidirectional(model.query());
        noMatch.textProperty().bind(model.noMatchText());
        Shown.when(model.noMatchShown(), noMatch);
        exerciseList.setItems(model.shown());
        exerciseList.setCellFactory(list -> new ExerciseCell(model));
        exerciseList.getSelectionModel().select(model.selected().get());
        exerciseList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.select(now));
        model.selected().addListener((obs, old, now) -> exerciseList.getSelectionModel().select(now));
        model.detail().exercise().addListener((obs, old, now) -> detailScroll.setVvalue(0));
        search.setOnKeyPressed(this::searchKey);
        exerciseList.setOnKeyPressed(this::listKey);
        exerciseList.setOnKeyTyped(this::typedInList);
    }

    /** Where typing goes when the section is opened: the search box, with the list (shown one at a time). */
    public void focusSearch() {
        layout.showList();
        // A split's items join the window with its skin, made in its first CSS pass: until then focus cannot go in.
        split.applyCss();
        search.requestFocus();
    }

    @FXML
    private void backToList() {
        layout.showList();
    }

    /** Typing in the list searches, as it would in the box: the letters go on the end of what is there. */
    private void typedInList(KeyEvent event) {
        String typed = event.getCharacter();
        if (!typed.isEmpty() && !Character.isISOControl(typed.charAt(0)) && !typed.isBlank()
                && !event.isShortcutDown() && !event.isAltDown()) {
            search.requestFocus();
            search.appendText(typed);
            event.consume();
        }
    }

    /** Enter or Down in the search box goes to the first match. */
    private void searchKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.DOWN) {
            if (model.goToFirstMatch()) {
                exerciseList.requestFocus();
            }
            event.consume();
        }
    }

    /** Enter on an exercise goes to its Start button, so a whole session needs no mouse. */
    private void listKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && model.selected().get() != null) {
            layout.showDetail();
            detailView.focusStart();
            event.consume();
        }
    }
}
