package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.FileExport;
import app.kneecoach.ui.common.LimitedText;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.NarrowLayout;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Routine;
import app.kneecoach.userdata.Background;
import app.kneecoach.userdata.RoutineStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The built-in and the user's routines: pick one to start it; the user's own can be edited here. */
public final class RoutinesController {
    private final Messages text = Messages.DEFAULT;
    private final Catalog catalog;
    private final AppServices services;
    private final RoutineStore store;
    private final Background background;
    private final Consumer<Routine> starter;

    @FXML
    private ListView<Routine> routineList;
    @FXML
    private VBox detail;

    public RoutinesController(Catalog catalog, AppServices services, Consumer<Routine> starter) {
        this.catalog = catalog;
        this.services = services;
        this.store = services.routines();
        this.background = services.background();
        this.starter = starter;
    }

    @FXML
    private SplitPane split;
    @FXML
    private Button newRoutine;

    @FXML
    private void initialize() {
        NarrowLayout.stackWhenNarrow(split, newRoutine.fontProperty());
        routineList.setCellFactory(list -> new RoutineCell());
        routineList.getSelectionModel().selectedItemProperty().addListener((obs, old, routine) -> showDetail(routine));
        reload(null);
    }

    @FXML
    void newRoutine() {
        change(() -> store.create(text.get("routines.newName")));
    }

    private boolean isBuiltIn(Routine routine) {
        return catalog.routines().contains(routine);
    }

    /** Refills the list and selects {@code select} (by id), or the first routine. */
    private void reload(String select) {
        List<Routine> all = new ArrayList<>(catalog.routines());
        all.addAll(store.routines());
        routineList.setItems(FXCollections.observableArrayList(all));
        int at = select == null ? 0 : Math.max(0, indexOf(all, select));
        routineList.getSelectionModel().select(at);
        routineList.scrollTo(at);
    }

    private static int indexOf(List<Routine> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void showDetail(Routine routine) {
        if (routine == null) {
            detail.getChildren().clear();
            return;
        }
        boolean builtIn = isBuiltIn(routine);
        List<Node> nodes = new ArrayList<>();
        nodes.add(Blocks.text(text.get(builtIn ? "routines.builtIn" : "routines.yours"), "category-chip"));
        Label name = Blocks.heading(routine.name(), "h1");
        name.setId("routine-name");
        nodes.add(name);
        if (!routine.description().isEmpty()) {
            nodes.add(Blocks.text(routine.description(), "lead"));
        }
        nodes.add(actions(routine, builtIn));
        nodes.add(FileExport.button(text, text.get("routines.handout"), "routine-handout",
                routine.id() + ".html", services, () -> new RoutineHandout(text, catalog).html(routine)));
        if (!builtIn) {
            nodes.add(renameRow(routine));
        }
        nodes.add(Blocks.heading(text.get("routines.items"), "h2"));
        RoutineItemsView items = new RoutineItemsView(text, catalog, store, routine, builtIn, this::change,
                this::changeInPlace);
        nodes.addAll(items.build());
        detail.getChildren().setAll(nodes);
    }

    private Node actions(Routine routine, boolean builtIn) {
        Button start = new Button(text.get("routines.start"));
        start.setId("start-routine");
        start.getStyleClass().addAll("primary", "start-button");
        start.setDisable(PlannedExercise.of(routine, catalog).isEmpty());
        // Dose changes are saved without rebuilding this view, so start from the stored routine.
        start.setOnAction(e -> starter.accept(store.routines().stream().filter(r -> r.id().equals(routine.id()))
                .findFirst().orElse(routine)));
        Button duplicate = new Button(text.get("routines.duplicate"));
        duplicate.setId("duplicate-routine");
        duplicate.setOnAction(e -> change(() -> store.duplicate(routine, text.get("routines.copyName", routine.name()))));
        start.setMinWidth(Region.USE_PREF_SIZE);
        duplicate.setMinWidth(Region.USE_PREF_SIZE);
        // A flow, so the buttons go onto two lines rather than past the window at large text sizes.
        FlowPane row = new FlowPane(start, duplicate);
        row.getStyleClass().add("button-row");
        if (builtIn) {
            return new VBox(8, row, Blocks.text(text.get("routines.duplicateHint"), "setup-order"));
        } else {
            Button delete = new Button(text.get("routines.delete"));
            delete.setMinWidth(Region.USE_PREF_SIZE);
            delete.setId("delete-routine");
            // Two clicks, so a slip of the mouse never deletes a routine.
            delete.setOnAction(e -> {
                if (delete.getText().equals(text.get("routines.confirmDelete"))) {
                    change(() -> {
                        store.delete(routine.id());
                        return null;
                    });
                } else {
                    delete.setText(text.get("routines.confirmDelete"));
                }
            });
            row.getChildren().add(delete);
        }
        return row;
    }

    private Node renameRow(Routine routine) {
        TextField field = new TextField(routine.name());
        field.setId("routine-name-field");
        Label count = Blocks.text("", "input-count");
        LimitedText.limit(field, Math.max(Routine.NAME_MAX, routine.name().length()), count, text);
        field.setAccessibleText(text.get("routines.name"));
        Button save = new Button(text.get("routines.saveName"));
        save.setId("save-routine-name");
        Runnable rename = () -> {
            String name = field.getText() == null ? "" : field.getText().strip();
            if (!name.isEmpty()) {
                change(() -> store.rename(routine.id(), name));
            }
        };
        save.setOnAction(e -> rename.run());
        field.setOnAction(e -> rename.run());
        FlowPane row = new FlowPane(Blocks.text(text.get("routines.name"), "setup-label"), field, save, count);
        row.getStyleClass().add("button-row");
        return row;
    }

    /** A change to the user's routines; the result (if any) is the routine to show afterwards. */
    interface Change {
        Routine apply() throws IOException;
    }

    /** Saves the change in the background, then shows the list as it now is. */
    private void change(Change change) {
        background.run(change::apply, after -> reload(after != null ? after.id() : selectedId()), this::failed);
    }

    /** Saves a change the view already shows (a dose typed in), without rebuilding it. */
    private void changeInPlace(Change change) {
        background.run(change::apply, after -> { }, this::failed);
    }

    private void failed(Exception e) {
        reload(selectedId());
        Label problem = Blocks.text(text.get("routines.saveFailed", e.getMessage()), "player-problem");
        problem.setId("routine-problem");
        detail.getChildren().add(0, problem);
    }

    private String selectedId() {
        Routine selected = routineList.getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.id();
    }

    private final class RoutineCell extends ListCell<Routine> {
        @Override
        protected void updateItem(Routine routine, boolean empty) {
            super.updateItem(routine, empty);
            if (empty || routine == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label name = Blocks.text(routine.name(), "exercise-name");
            Label summary = Blocks.text(text.get("routines.count", routine.items().size()) + text.get("dosage.separator")
                    + text.get(isBuiltIn(routine) ? "routines.builtIn" : "routines.yours"), "exercise-summary");
            VBox box = new VBox(name, summary);
            box.getStyleClass().add("exercise-cell");
            setGraphic(box);
            setAccessibleText(name.getText() + ", " + summary.getText());
        }
    }
}
