package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.DosageText;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.SessionStarter;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Exercises section: what is typed in the search box, the exercises that match it (grouped by category),
 * the one chosen, and its details with the start card.
 */
public final class ExercisesViewModel {
    /** What one row of the list shows; the caption only above the first exercise of its category. */
    public record Row(String caption, boolean startsGroup, String name, String summary, String accessibleText) {
    }

    private final Messages text;
    private final DosageText dosage;
    private final FilteredList<Exercise> shown;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<Exercise> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper noMatchText = new ReadOnlyStringWrapper(this, "noMatchText", "");
    private final ReadOnlyBooleanWrapper noMatchShown = new ReadOnlyBooleanWrapper(this, "noMatchShown");
    private final ExerciseDetailViewModel detail;

    public ExercisesViewModel(Catalog catalog, AppServices services, SessionStarter starter) {
        this.text = Messages.DEFAULT;
        this.dosage = new DosageText(text);
        this.detail = new ExerciseDetailViewModel(text, new StartCardViewModel(text, services, starter), services);
        // Grouped by category in the article's order, which the catalog keeps within each category.
        this.shown = new FilteredList<>(FXCollections.observableArrayList(catalog.exercises().stream()
                .sorted(Comparator.comparing(Exercise::category)).toList()));
        query.addListener((obs, old, now) -> filter(now));
        selected.addListener((obs, old, exercise) -> {
            // While a search hides the chosen exercise its details stay up, so nothing jumps away.
            if (exercise != null) {
                detail.show(exercise);
            }
        });
        if (!shown.isEmpty()) {
            select(shown.get(0));
        }
    }

    public StringProperty query() {
        return query;
    }

    /** The exercises that match the query, in the list's order. */
    public ObservableList<Exercise> shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<Exercise> selected() {
        return selected.getReadOnlyProperty();
    }

    /** The exercise chosen in the list; {@code null} when the search has hidden it. */
    public void select(Exercise exercise) {
        selected.set(exercise);
    }

    /**
     * Enter or Down in the search box: the first match is chosen, so the keyboard path is type, Enter, read.
     *
     * @return whether there was a match to move to (the list then takes the focus)
     */
    public boolean goToFirstMatch() {
        if (shown.isEmpty()) {
            return false;
        }
        select(shown.get(0));
        return true;
    }

    public Row row(int index, Exercise exercise) {
        boolean startsGroup = index <= 0 || shown.get(index - 1).category() != exercise.category();
        String caption = text.get("category." + exercise.category().key()).toUpperCase(Locale.ROOT);
        String summary = dosage.summary(exercise.dosage());
        return new Row(caption, startsGroup, exercise.name(), summary,
                text.get("list.itemAccessible", exercise.name(), summary));
    }

    public ReadOnlyStringProperty noMatchText() {
        return noMatchText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noMatchShown() {
        return noMatchShown.getReadOnlyProperty();
    }

    public ExerciseDetailViewModel detail() {
        return detail;
    }

    private void filter(String now) {
        String typed = now == null ? "" : now.strip();
        shown.setPredicate(ExerciseFilter.matching(typed));
        boolean none = shown.isEmpty();
        noMatchText.set(none ? text.get("search.noMatch", typed) : "");
        noMatchShown.set(none);
    }
}
