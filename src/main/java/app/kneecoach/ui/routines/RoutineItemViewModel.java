package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.ChoiceBounds;
import app.kneecoach.ui.common.DosageText;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.catalog.Variation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One exercise of a routine as the editor shows it: its place and title, the dose chosen within the article's
 * range (top hold included, where the article gives one), the version done (as described, easier or harder),
 * and, in the user's own routines, the changes it takes. The item is held here and every line shown is worked
 * out from it, so none can go stale.
 */
public final class RoutineItemViewModel {
    /** What the routine does when one of its items changes. */
    interface Edits {
        /** Saves a new dose or version at once, without building the list again (the control keeps its focus). */
        void save(int index, RoutineItem item);

        void move(int index, int by);

        void remove(int index);
    }

    private final Messages text;
    private final int index;
    private final int count;
    private final Optional<Exercise> exercise;
    private final boolean editable;
    private final Edits edits;
    private final List<String> versions;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper dose = new ReadOnlyStringWrapper(this, "dose", "");
    private RoutineItem item;

    /** @param count how many items the routine has, so the last one is not offered a move down */
    RoutineItemViewModel(Messages text, Catalog catalog, int index, int count, RoutineItem item, boolean editable,
                         Edits edits) {
        this.text = text;
        this.index = index;
        this.count = count;
        this.item = item;
        this.exercise = catalog.exercise(item.exerciseId());
        this.editable = editable;
        this.edits = edits;
        this.versions = exercise.map(e -> Stream.of(e.regressions(), e.progressions(), e.variations())
                .flatMap(List::stream).map(Variation::name).toList()).orElse(List.of());
        describe();
    }

    int index() {
        return index;
    }

    /** The item as now chosen. */
    RoutineItem item() {
        return item;
    }

    /** E.g. "2. Step ups · Lower step or foam pad". */
    ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** The dose chosen, e.g. "Hold 30 s · 2 sets · each leg"; empty for an exercise this catalog does not have. */
    ReadOnlyStringProperty dose() {
        return dose.getReadOnlyProperty();
    }

    /** Whether the catalog has the exercise, so there is a dose and a range to show and change. */
    boolean available() {
        return exercise.isPresent();
    }

    /** The article's range, e.g. "The article's range: Hold 30+ s · 2-3 sets · each leg". */
    String range() {
        return exercise.map(e -> text.get("routines.range", new DosageText(text).summary(e.dosage()))).orElse("");
    }

    /** Whether it can be changed here: only in the user's own routines. */
    boolean editable() {
        return editable;
    }

    /** "As described" and the exercise's other versions, when it has any. */
    List<String> versionChoices() {
        if (versions.isEmpty()) {
            return List.of();
        }
        List<String> choices = new ArrayList<>();
        choices.add(text.get("routines.plain"));
        choices.addAll(versions);
        return choices;
    }

    String version() {
        return item.variation().orElse(text.get("routines.plain"));
    }

    void chooseVersion(String choice) {
        change(item.withVariation(versions.contains(choice) ? Optional.of(choice) : Optional.empty()));
    }

    /** The limits of the dose within the article's range. */
    ChoiceBounds bounds() {
        return ChoiceBounds.of(exercise.orElseThrow().dosage());
    }

    String targetLabel() {
        return text.get(exercise.orElseThrow().dosage().mode() == DosageMode.HOLD
                ? "routines.target.hold" : "routines.target.reps");
    }

    int target() {
        return planned().choice().target();
    }

    int sets() {
        return planned().choice().sets();
    }

    /** Seconds at the top of each rep, for exercises the article doses with a top hold (0 otherwise). */
    int topHold() {
        return planned().choice().topHoldSeconds();
    }

    void setTarget(int value) {
        change(item.withTarget(value));
    }

    void setSets(int value) {
        change(item.withSets(value));
    }

    void setTopHold(int value) {
        change(item.withTopHoldSeconds(value));
    }

    /** Whether "Move up" does anything: not on the first item. */
    boolean canMoveUp() {
        return index > 0;
    }

    /** Whether "Move down" does anything: not on the last item. */
    boolean canMoveDown() {
        return index < count - 1;
    }

    void moveUp() {
        edits.move(index, -1);
    }

    void moveDown() {
        edits.move(index, 1);
    }

    void remove() {
        edits.remove(index);
    }

    private void change(RoutineItem changed) {
        item = changed;
        describe();
        edits.save(index, item);
    }

    private void describe() {
        String name = exercise.map(e -> planned().title(text)).orElse(text.get("routines.unavailable", item.exerciseId()));
        title.set(text.get("routines.itemTitle", index + 1, name));
        dose.set(exercise.map(e -> RoutineDose.of(text, e.dosage(), planned().choice())).orElse(""));
    }

    private PlannedExercise planned() {
        return PlannedExercise.planned(item, exercise.orElseThrow());
    }
}
