package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.FileExport;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.userdata.Background;
import app.kneecoach.userdata.RoutineStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Routines section: the built-in and the user's routines, the one chosen (its page above the exercises is a
 * {@link RoutineDetailViewModel}, each exercise a {@link RoutineItemViewModel}), and the changes to the user's
 * own, each saved in the background; after one that adds, moves or removes, the list is read again.
 */
public final class RoutinesViewModel {
    private final Messages text = Messages.DEFAULT;
    private final Catalog catalog;
    private final RoutineStore store;
    private final Background background;
    private final Consumer<Routine> starter;
    private final ObservableList<Routine> routines = FXCollections.observableArrayList();
    private final ObservableList<Routine> routinesShown = FXCollections.unmodifiableObservableList(routines);
    private final ReadOnlyObjectWrapper<Routine> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final RoutineDetailViewModel detail = new RoutineDetailViewModel(text);
    private final ObservableList<RoutineItemViewModel> items = FXCollections.observableArrayList();
    private final ObservableList<RoutineItemViewModel> itemsShown = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<Exercise> addable;
    private final ObjectProperty<Exercise> toAdd = new SimpleObjectProperty<>(this, "toAdd");
    private final BooleanBinding addDisabled = toAdd.isNull();
    private final RoutineTime time;
    private final ScheduleViewModel schedule;

    public RoutinesViewModel(Catalog catalog, AppServices services, Consumer<Routine> starter) {
        this.catalog = catalog;
        this.store = services.routines();
        this.background = services.background();
        this.starter = starter;
        this.time = new RoutineTime(catalog, services::settings, services::tempo);
        this.schedule = new ScheduleViewModel(text, Formats.DEFAULT, services,
                new CalendarExport(text, catalog, store, time));
        this.addable = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(catalog.exercises()));
        reload(null);
    }

    /** The built-in routines, then the user's. */
    public ObservableList<Routine> routines() {
        return routinesShown;
    }

    public ReadOnlyObjectProperty<Routine> selected() {
        return selected.getReadOnlyProperty();
    }

    /** The routine picked in the list. */
    public void select(Routine routine) {
        if (routine != null && routine != selected.get()) {
            selected.set(routine);
            show(routine);
        }
    }

    /** The list's second line, e.g. "4 exercises · about 9 minutes · Built in". */
    public String summary(Routine routine) {
        String length = time.words(text, "routines.time", routine);
        return text.get("routines.count", routine.items().size()) + text.get("dosage.separator")
                + (length.isEmpty() ? "" : length + text.get("dosage.separator"))
                + text.get(isBuiltIn(routine) ? "routines.builtIn" : "routines.yours");
    }

    /** Works out the chosen routine's time again: the person may have changed their timings in Settings. */
    public void timingsMayHaveChanged() {
        showTime();
    }

    public String accessibleText(Routine routine) {
        String planned = schedule.line(routine.id());
        return planned.isEmpty() ? text.get("routines.cellAccessible", routine.name(), summary(routine))
                : text.get("routines.cellAccessiblePlanned", routine.name(), summary(routine), planned);
    }

    public RoutineDetailViewModel detail() {
        return detail;
    }

    /** When the chosen routine is planned, and the calendar file of every plan. */
    public ScheduleViewModel schedule() {
        return schedule;
    }

    /** The chosen routine's exercises, in order. */
    public ObservableList<RoutineItemViewModel> items() {
        return itemsShown;
    }

    /** The exercises that can be added to the user's routine. */
    public ObservableList<Exercise> addable() {
        return addable;
    }

    /** The exercise chosen to add; none after each change. */
    public ObjectProperty<Exercise> toAdd() {
        return toAdd;
    }

    public BooleanBinding addDisabled() {
        return addDisabled;
    }

    public void newRoutine() {
        change(() -> store.create(text.get("routines.newName")));
    }

    public void duplicate() {
        Routine source = asShown();
        change(() -> store.duplicate(source, text.get("routines.copyName", source.name())));
    }

    /** The first time it only asks (the button then says so); the second time the routine is deleted. */
    public void delete() {
        if (!detail.deleteArmed().get()) {
            detail.armDelete();
            return;
        }
        String id = selected.get().id();
        change(() -> {
            store.delete(id);
            return null;
        });
    }

    /** Saves the name typed, unless it is blank. */
    public void rename() {
        String id = selected.get().id();
        String name = detail.newName().get() == null ? "" : detail.newName().get().strip();
        if (!name.isEmpty()) {
            change(() -> store.rename(id, name));
        }
    }

    public void add() {
        String id = selected.get().id();
        RoutineItem item = RoutineItem.lowest(toAdd.get().id());
        change(() -> store.addItem(id, item));
    }

    /** Starts the routine with the doses as shown (each already handed to the records). */
    public void start() {
        starter.accept(asShown());
    }

    /** The file name the save dialog suggests for the handout. */
    public String handoutFileName() {
        return selected.get().id() + ".html";
    }

    /** Writes the handout of the routine as shown to {@code file} in the background, and says how it went. */
    public void exportHandout(Path file) {
        Routine routine = asShown();
        detail.handoutSaid(text.get("export.saving"));
        background.run(() -> FileExport.save(text, file,
                        FileExport.utf8(out -> out.write(new RoutineHandout(text, catalog, time).html(routine)))),
                detail::handoutSaid, e -> detail.handoutSaid(text.get("export.failed", file, e.getMessage())));
    }

    /** The chosen routine with its items as they are now, with every dose changed since it was read. */
    private Routine asShown() {
        Routine routine = selected.get();
        return new Routine(routine.id(), routine.name(), routine.description(),
                items.stream().map(RoutineItemViewModel::item).toList());
    }

    private boolean isBuiltIn(Routine routine) {
        return catalog.routines().contains(routine);
    }

    /** A change to the user's routines; the result (if any) is the routine to show afterwards. */
    private interface Change {
        Routine apply() throws IOException;
    }

    /** Saves the change in the background, then shows the list as it now is. */
    private void change(Change change) {
        background.run(change::apply, after -> reload(after != null ? after.id() : selectedId()), this::failed);
    }

    private void failed(Exception e) {
        reload(selectedId());
        detail.problem(text.get("routines.saveFailed", e.getMessage()));
    }

    private String selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    /** Reads the list again and chooses the routine {@code id}, or the first one. */
    private void reload(String id) {
        List<Routine> all = new ArrayList<>(catalog.routines());
        all.addAll(store.routines());
        Routine chosen = all.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        // Chosen before the list changes, so a list view that follows both finds it in the new list.
        selected.set(chosen);
        routines.setAll(all);
        show(chosen);
    }

    private void show(Routine routine) {
        boolean builtIn = routine != null && isBuiltIn(routine);
        detail.show(routine, builtIn, routine != null && !PlannedExercise.of(routine, catalog).isEmpty());
        schedule.show(routine);
        toAdd.set(null);
        RoutineItemViewModel.Edits edits = new ItemEdits(routine == null ? null : routine.id());
        items.setAll(routine == null ? List.of() : IntStream.range(0, routine.items().size())
                .mapToObj(i -> new RoutineItemViewModel(text, catalog, i, routine.items().size(), routine.items().get(i),
                        !builtIn, edits))
                .toList());
        showTime();
    }

    /** "About 14 minutes…" for the routine as shown, doses changed since it was read included. */
    private void showTime() {
        detail.time(selected.get() == null ? "" : time.words(text, "routines.timeDetail", asShown()));
    }

    /** The items' changes to the routine {@code id}. */
    private final class ItemEdits implements RoutineItemViewModel.Edits {
        private final String id;

        ItemEdits(String id) {
            this.id = id;
        }

        @Override
        public void save(int index, RoutineItem item) {
            // Shown already (the row words its own dose), so nothing is rebuilt: the control keeps its focus.
            showTime();
            background.run(() -> store.setItem(id, index, item), after -> { }, RoutinesViewModel.this::failed);
        }

        @Override
        public void move(int index, int by) {
            change(() -> store.moveItem(id, index, by));
        }

        @Override
        public void remove(int index) {
            change(() -> store.removeItem(id, index));
        }
    }
}
