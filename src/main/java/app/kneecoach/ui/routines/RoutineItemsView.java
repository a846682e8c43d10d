package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Fields;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.ChoiceBounds;
import app.kneecoach.ui.common.DosageText;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.catalog.Variation;
import app.kneecoach.userdata.RoutineStore;
import app.kneecoach.session.SessionChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A routine's exercises in order. For the user's own routines each one can be moved, removed, given a
 * dose within the article's range, or swapped for its easier or harder version; exercises can be added.
 */
final class RoutineItemsView {
    private final Messages text;
    private final Catalog catalog;
    private final RoutineStore store;
    private final Routine routine;
    private final boolean readOnly;
    private final Consumer<RoutinesController.Change> change;
    private final Consumer<RoutinesController.Change> changeInPlace;
    private final DosageText dosage;

    RoutineItemsView(Messages text, Catalog catalog, RoutineStore store, Routine routine, boolean readOnly,
                     Consumer<RoutinesController.Change> change, Consumer<RoutinesController.Change> changeInPlace) {
        this.text = text;
        this.catalog = catalog;
        this.store = store;
        this.routine = routine;
        this.readOnly = readOnly;
        this.change = change;
        this.changeInPlace = changeInPlace;
        this.dosage = new DosageText(text);
    }

    List<Node> build() {
        List<Node> nodes = new ArrayList<>();
        if (routine.items().isEmpty()) {
            nodes.add(Blocks.text(text.get("routines.noItems"), "lead"));
        }
        for (int i = 0; i < routine.items().size(); i++) {
            nodes.add(itemCard(i, routine.items().get(i)));
        }
        if (!readOnly) {
            nodes.add(addRow());
        }
        return nodes;
    }

    private Node itemCard(int index, RoutineItem item) {
        Optional<Exercise> exercise = catalog.exercise(item.exerciseId());
        List<Node> content = new ArrayList<>();
        String name = exercise.map(e -> new PlannedExercise(e, PlannedExercise.planned(item, e).choice(),
                PlannedExercise.planned(item, e).variation()).title(text))
                .orElse(text.get("routines.unavailable", item.exerciseId()));
        content.add(Blocks.text((index + 1) + ".\u2002" + name, "variation-name"));
        exercise.ifPresent(e -> {
            content.add(Blocks.text(dose(item, e), "routine-dose"));
            content.add(Blocks.text(text.get("routines.range", dosage.summary(e.dosage())), "exercise-summary"));
        });
        if (!readOnly) {
            FlowPane controls = new FlowPane();
            controls.getStyleClass().add("setup-fields");
            exercise.ifPresent(e -> controls.getChildren().addAll(doseControls(index, item, e)));
            controls.getChildren().addAll(
                    button("routines.up", "item-up-" + index, () -> store.moveItem(routine.id(), index, -1)),
                    button("routines.down", "item-down-" + index, () -> store.moveItem(routine.id(), index, 1)),
                    button("routines.remove", "item-remove-" + index, () -> store.removeItem(routine.id(), index)));
            content.add(controls);
        }
        VBox card = Blocks.card("routine-item", content);
        card.setId("routine-item-" + index);
        return card;
    }

    private String dose(RoutineItem item, Exercise exercise) {
        return dose(text, exercise.dosage().mode(), PlannedExercise.planned(item, exercise).choice());
    }

    /** The dose chosen within the range, e.g. "Hold 30 s · 2 sets". */
    static String dose(Messages text, DosageMode mode, SessionChoice choice) {
        String work = mode == DosageMode.HOLD
                ? text.get("dosage.hold", choice.target())
                : text.get("dosage.reps", choice.target(), choice.target());
        return work + text.get("dosage.separator") + text.get("dosage.sets", choice.sets(), choice.sets());
    }

    private List<Node> doseControls(int index, RoutineItem item, Exercise exercise) {
        ChoiceBounds bounds = ChoiceBounds.of(exercise.dosage());
        var current = PlannedExercise.planned(item, exercise).choice();
        List<Node> nodes = new ArrayList<>();
        List<String> versions = Stream.of(exercise.regressions(), exercise.progressions(), exercise.variations())
                .flatMap(List::stream).map(Variation::name).toList();
        if (!versions.isEmpty()) {
            List<String> options = new ArrayList<>();
            options.add(text.get("routines.plain"));
            options.addAll(versions);
            ComboBox<String> version = new ComboBox<>(FXCollections.observableArrayList(options));
            version.setId("item-version-" + index);
            version.getSelectionModel().select(item.variation().orElse(text.get("routines.plain")));
            version.valueProperty().addListener((obs, old, chosen) -> save(index, new RoutineItem(item.exerciseId(),
                    versions.contains(chosen) ? Optional.of(chosen) : Optional.empty(), item.target(), item.sets())));
            nodes.add(Fields.field(text.get("routines.variation"), version));
        }
        if (bounds.targetAdjustable()) {
            Spinner<Integer> target = Fields.spinner("item-target-" + index, bounds.targetMin(), bounds.targetMax(),
                    current.target(), bounds.targetStep());
            target.valueProperty().addListener((obs, old, value) -> save(index, new RoutineItem(item.exerciseId(),
                    currentVariation(index), OptionalInt.of(value), currentSets(index))));
            nodes.add(Fields.field(text.get(exercise.dosage().mode() == DosageMode.HOLD
                    ? "routines.target.hold" : "routines.target.reps"), target));
        }
        if (bounds.setsAdjustable()) {
            Spinner<Integer> sets = Fields.spinner("item-sets-" + index, bounds.setsMin(), bounds.setsMax(), current.sets(), 1);
            sets.valueProperty().addListener((obs, old, value) -> save(index, new RoutineItem(item.exerciseId(),
                    currentVariation(index), currentTarget(index), OptionalInt.of(value))));
            nodes.add(Fields.field(text.get("routines.sets"), sets));
        }
        return nodes;
    }

    // The routine may have changed since this view was built (several edits in a row), so read it afresh.
    private RoutineItem stored(int index) {
        return store.routines().stream().filter(r -> r.id().equals(routine.id())).findFirst()
                .map(r -> r.items().get(index)).orElse(routine.items().get(index));
    }

    private Optional<String> currentVariation(int index) {
        return stored(index).variation();
    }

    private OptionalInt currentTarget(int index) {
        return stored(index).target();
    }

    private OptionalInt currentSets(int index) {
        return stored(index).sets();
    }

    /** A dose change is saved at once without rebuilding the view, so the control keeps its focus. */
    private void save(int index, RoutineItem item) {
        changeInPlace.accept(() -> store.setItem(routine.id(), index, item));
    }

    private Node addRow() {
        ComboBox<Exercise> choose = new ComboBox<>(FXCollections.observableArrayList(catalog.exercises()));
        choose.setId("add-exercise-choice");
        choose.setPromptText(text.get("routines.addPrompt"));
        choose.setAccessibleText(text.get("routines.addPrompt"));
        choose.setCellFactory(list -> new ExerciseNameCell());
        choose.setButtonCell(new ExerciseNameCell());
        Button add = new Button(text.get("routines.add"));
        add.setId("add-exercise");
        add.getStyleClass().add("primary");
        add.disableProperty().bind(choose.valueProperty().isNull());
        add.setOnAction(e -> change.accept(() -> store.addItem(routine.id(), RoutineItem.lowest(choose.getValue().id()))));
        FlowPane row = new FlowPane(choose, add);
        row.getStyleClass().add("setup-fields");
        return row;
    }

    private Button button(String key, String id, RoutinesController.Change action) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setOnAction(e -> change.accept(action));
        return button;
    }


    private static final class ExerciseNameCell extends ListCell<Exercise> {
        @Override
        protected void updateItem(Exercise exercise, boolean empty) {
            super.updateItem(exercise, empty);
            setText(empty || exercise == null ? null : exercise.name());
        }
    }
}
