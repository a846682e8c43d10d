package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.Routine;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the chosen routine's page says above its exercises: whose it is, its name and description, which
 * actions it offers (built-in routines are only started or duplicated), whether Delete is waiting for its
 * second click, the name being typed, and the last problem or export result. {@link RoutinesViewModel} fills it.
 */
public final class RoutineDetailViewModel {
    private final Messages text;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper(this, "kind", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyBooleanWrapper descriptionShown = new ReadOnlyBooleanWrapper(this, "descriptionShown");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyBooleanWrapper builtIn = new ReadOnlyBooleanWrapper(this, "builtIn");
    private final ReadOnlyBooleanWrapper startDisabled = new ReadOnlyBooleanWrapper(this, "startDisabled", true);
    private final ReadOnlyBooleanWrapper deleteArmed = new ReadOnlyBooleanWrapper(this, "deleteArmed");
    private final StringBinding deleteText;
    private final ReadOnlyIntegerWrapper nameLimit = new ReadOnlyIntegerWrapper(this, "nameLimit", Routine.NAME_MAX);
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final StringBinding nameCount;
    private final ReadOnlyBooleanWrapper noItemsShown = new ReadOnlyBooleanWrapper(this, "noItemsShown");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper problemShown = new ReadOnlyBooleanWrapper(this, "problemShown");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "");
    private final ReadOnlyBooleanWrapper timeShown = new ReadOnlyBooleanWrapper(this, "timeShown");
    private final ReadOnlyStringWrapper handoutResult = new ReadOnlyStringWrapper(this, "handoutResult", "");

    RoutineDetailViewModel(Messages text) {
        this.text = text;
        this.deleteText = Bindings.createStringBinding(
                () -> text.get(deleteArmed.get() ? "routines.confirmDelete" : "routines.delete"), deleteArmed);
        this.nameCount = Bindings.createStringBinding(() -> text.get("input.count",
                newName.get() == null ? 0 : newName.get().length(), nameLimit.get()), newName, nameLimit);
    }

    /** Shows {@code routine} (nothing when it is {@code null}) as it was read, with no problem and nothing asked. */
    void show(Routine routine, boolean isBuiltIn, boolean startable) {
        shown.set(routine != null);
        kind.set(text.get(isBuiltIn ? "routines.builtIn" : "routines.yours"));
        name.set(routine == null ? "" : routine.name());
        description.set(routine == null ? "" : routine.description());
        descriptionShown.set(!description.get().isEmpty());
        builtIn.set(isBuiltIn);
        editable.set(routine != null && !isBuiltIn);
        startDisabled.set(!startable);
        deleteArmed.set(false);
        // The limit before the text: an older, longer name is shown whole, never cut to fit.
        nameLimit.set(Math.max(Routine.NAME_MAX, name.get().length()));
        newName.set(name.get());
        noItemsShown.set(routine != null && routine.items().isEmpty());
        problem(null);
        handoutSaid("");
    }

    void armDelete() {
        deleteArmed.set(true);
    }

    void problem(String message) {
        problem.set(message == null ? "" : message);
        problemShown.set(message != null);
    }

    void time(String words) {
        time.set(words);
        timeShown.set(!words.isEmpty());
    }

    void handoutSaid(String message) {
        handoutResult.set(message);
    }

    /** Whether a routine is chosen at all (a catalog without routines, before the user makes one). */
    public ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    /** "Built in" or "Your routine". */
    public ReadOnlyStringProperty kind() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty name() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty description() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty descriptionShown() {
        return descriptionShown.getReadOnlyProperty();
    }

    /** The user's own routine: it can be renamed, deleted and changed. */
    public ReadOnlyBooleanProperty editable() {
        return editable.getReadOnlyProperty();
    }

    /** A built-in routine, which says to duplicate it to change it. */
    public ReadOnlyBooleanProperty builtIn() {
        return builtIn.getReadOnlyProperty();
    }

    /** Nothing in the routine can be done with this catalog. */
    public ReadOnlyBooleanProperty startDisabled() {
        return startDisabled.getReadOnlyProperty();
    }

    /** Whether the next click on Delete deletes (the first one only asks). */
    public ReadOnlyBooleanProperty deleteArmed() {
        return deleteArmed.getReadOnlyProperty();
    }

    public StringBinding deleteText() {
        return deleteText;
    }

    /** The longest name the field takes. */
    public ReadOnlyIntegerProperty nameLimit() {
        return nameLimit.getReadOnlyProperty();
    }

    /** The name as being typed, saved by {@link RoutinesViewModel#rename()}. */
    public StringProperty newName() {
        return newName;
    }

    /** E.g. "12 of 80 characters". */
    public StringBinding nameCount() {
        return nameCount;
    }

    public ReadOnlyBooleanProperty noItemsShown() {
        return noItemsShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemShown() {
        return problemShown.getReadOnlyProperty();
    }

    /** How long the routine takes with the person's timings, e.g. "About 14 minutes, with…"; empty when it cannot be done. */
    public ReadOnlyStringProperty time() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timeShown() {
        return timeShown.getReadOnlyProperty();
    }

    /** "Saving…", then where the handout was saved or why it could not be. */
    public ReadOnlyStringProperty handoutResult() {
        return handoutResult.getReadOnlyProperty();
    }
}
