package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.FilePicker;
import app.kneecoach.ui.common.LimitedText;
import app.kneecoach.ui.common.NarrowLayout;
import app.kneecoach.ui.common.Scrolling;
import app.kneecoach.ui.common.Shown;
import app.kneecoach.ui.common.Views;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The Routines section (RoutinesView.fxml) bound to its {@link RoutinesViewModel}. The list's rows are
 * {@link RoutineCell}s and the exercise cards {@link RoutineItemRow}s, built in code from the routine's items.
 */
public final class RoutinesView {
    private final RoutinesViewModel model;
    private final RoutineDetailViewModel detailModel;
    private final FilePicker files;

    @FXML
    private SplitPane split;
    @FXML
    private ListView<Routine> routineList;
    @FXML
    private Button newRoutine;
    @FXML
    private VBox detail;
    @FXML
    private Label problem;
    @FXML
    private Label kind;
    @FXML
    private Label name;
    @FXML
    private Label description;
    @FXML
    private Label time;
    @FXML
    private Button start;
    @FXML
    private Button delete;
    @FXML
    private Label duplicateHint;
    @FXML
    private Button handout;
    @FXML
    private Label handoutResult;
    @FXML
    private VBox scheduleSlot;
    @FXML
    private VBox scheduleSlotBuiltIn;
    @FXML
    private FlowPane renameRow;
    @FXML
    private Label nameCaption;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameCount;
    @FXML
    private Label noItems;
    @FXML
    private VBox items;
    @FXML
    private ScrollPane detailScroll;
    @FXML
    private Button back;
    private NarrowLayout layout;
    @FXML
    private FlowPane addRow;
    @FXML
    private ComboBox<Exercise> addChoice;
    @FXML
    private Button add;

    /** @param files where the handout's and the calendar file's save dialogs come from (the app's services) */
    public RoutinesView(RoutinesViewModel model, FilePicker files) {
        this.model = model;
        this.detailModel = model.detail();
        this.files = files;
    }

    @FXML
    private void initialize() {
        layout = NarrowLayout.of(split, routineList, back, newRoutine.fontProperty());
        Scrolling.followFocus(detailScroll);
        routineList.setCellFactory(list -> new RoutineCell(model));
        routineList.setItems(model.routines());
        // The list follows the model's choice after each change, and tells it the person's.
        model.routines().addListener((ListChangeListener<Routine>) change -> showSelected());
        routineList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.select(now));
        showSelected();
        Shown.when(detailModel.shown(), detail);
        Shown.when(detailModel.problemShown(), problem);
        problem.textProperty().bind(detailModel.problem());
        kind.textProperty().bind(detailModel.kind());
        name.textProperty().bind(detailModel.name());
        description.textProperty().bind(detailModel.description());
        Shown.when(detailModel.descriptionShown(), description);
        time.textProperty().bind(detailModel.time());
        Shown.when(detailModel.timeShown(), time);
        // Back in the window after a visit to Settings, the times follow the timings as they are now.
        split.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.timingsMayHaveChanged();
                routineList.refresh();
            }
        });
        start.disableProperty().bind(detailModel.startDisabled());
        delete.textProperty().bind(detailModel.deleteText());
        Shown.when(detailModel.editable(), delete, renameRow, addRow);
        Shown.when(detailModel.builtIn(), duplicateHint);
        handoutResult.textProperty().bind(detailModel.handoutResult());
        Node schedule = Views.load(ScheduleView.FXML, new ScheduleView(model.schedule(), files));
        // A built-in routine's plan comes before its list of exercises; an own routine's after its editor.
        detailModel.builtIn().addListener((obs, old, builtIn) -> placeSchedule(schedule, builtIn));
        placeSchedule(schedule, detailModel.builtIn().get());
        // A schedule saved or removed shows in the routine's row of the list.
        model.schedule().changes().addListener((obs, old, now) -> routineList.refresh());
        nameCaption.setLabelFor(nameField);
        LimitedText.limit(nameField, detailModel.nameLimit().get());
        detailModel.nameLimit().addListener((obs, old, limit) -> LimitedText.limit(nameField, limit.intValue()));
        nameField.textProperty().bindBidirectional(detailModel.newName());
        nameCount.textProperty().bind(detailModel.nameCount());
        Shown.when(detailModel.noItemsShown(), noItems);
        showItems();
        model.items().addListener((ListChangeListener<RoutineItemViewModel>) change -> showItems());
        addChoice.setItems(model.addable());
        addChoice.setConverter(new ExerciseNames());
        addChoice.valueProperty().bindBidirectional(model.toAdd());
        add.disableProperty().bind(model.addDisabled());
    }

    /** Shows the chosen routine where the list and the routine are shown one at a time (opened from elsewhere). */
    public void showChosen() {
        layout.showDetail();
    }

    @FXML
    private void newRoutine() {
        model.newRoutine();
        layout.showDetail();
    }

    private void placeSchedule(Node schedule, boolean builtIn) {
        (builtIn ? scheduleSlotBuiltIn : scheduleSlot).getChildren().setAll(schedule);
    }

    @FXML
    private void backToList() {
        layout.showList();
    }

    @FXML
    private void start() {
        model.start();
    }

    @FXML
    private void duplicate() {
        model.duplicate();
        layout.showDetail();
    }

    @FXML
    private void delete() {
        model.delete();
    }

    @FXML
    private void rename() {
        model.rename();
    }

    /**
     * Adds the chosen exercise and scrolls to the row to add another: the new card lands just above it, at the end
     * of a list that may be below the fold.
     */
    @FXML
    private void add() {
        model.add();
        Scrolling.reveal(detailScroll, addRow);
    }

    @FXML
    private void exportHandout() {
        files.saveAs(handout.getScene().getWindow(), handout.getText(), model.handoutFileName())
                .ifPresent(model::exportHandout);
    }

    private void showSelected() {
        routineList.getSelectionModel().select(model.selected().get());
        routineList.scrollTo(model.selected().get());
    }

    private void showItems() {
        items.getChildren().setAll(model.items().stream().map(RoutineItemRow::new).toList());
    }
}
