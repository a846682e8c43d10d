package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.DosageText;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.SuggestionViewModel;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Variation;
import app.kneecoach.figure.FigureLibrary;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Everything about one exercise, in the order someone doing it needs it, and the card to start it. */
public final class ExerciseDetailViewModel {
    /** The items under one heading; a section with none is left out. */
    public static final class Section<T> {
        private final ObservableList<T> items = FXCollections.observableArrayList();
        // Kept, not made on each call: the wrapper follows the list through a weak listener.
        private final ObservableList<T> readOnly = FXCollections.unmodifiableObservableList(items);
        private final BooleanBinding shown = Bindings.isNotEmpty(items);

        public ObservableList<T> items() {
            return readOnly;
        }

        public BooleanBinding shown() {
            return shown;
        }

        private void show(List<T> now) {
            items.setAll(now);
        }
    }

    private final Messages text;
    private final DosageText dosage;
    private final StartCardViewModel startCard;
    private final SuggestionViewModel suggestion;
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>(this, "exercise");
    private final ReadOnlyStringWrapper category = new ReadOnlyStringWrapper(this, "category", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper targets = new ReadOnlyStringWrapper(this, "targets", "");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final ReadOnlyStringWrapper startPosition = new ReadOnlyStringWrapper(this, "startPosition", "");
    private final ReadOnlyStringWrapper hurtNote = new ReadOnlyStringWrapper(this, "hurtNote", "");
    private final ReadOnlyBooleanWrapper hurtNoteShown = new ReadOnlyBooleanWrapper(this, "hurtNoteShown");
    private final ReadOnlyBooleanWrapper figuresShown = new ReadOnlyBooleanWrapper(this, "figuresShown");
    private final ReadOnlyBooleanWrapper noEquipmentShown = new ReadOnlyBooleanWrapper(this, "noEquipmentShown");
    private final Section<String> equipment = new Section<>();
    private final Section<String> steps = new Section<>();
    private final Section<String> cues = new Section<>();
    private final Section<String> cautions = new Section<>();
    private final Section<Variation> progressions = new Section<>();
    private final Section<Variation> regressions = new Section<>();
    private final Section<Variation> variations = new Section<>();
    private final Section<String> otherOptions = new Section<>();

    private final AppServices services;

    public ExerciseDetailViewModel(Messages text, StartCardViewModel startCard, AppServices services) {
        this.text = text;
        this.services = services;
        this.dosage = new DosageText(text);
        this.startCard = startCard;
        // A step taken: the start card begins at the plan's dose from now on.
        this.suggestion = new SuggestionViewModel(text, services, startCard::show);
    }

    public void show(Exercise e) {
        category.set(text.get("category." + e.category().key()));
        name.set(e.name());
        summary.set(dosage.summary(e.dosage()));
        targets.set(e.targets());
        why.set(e.whyItHelps());
        startPosition.set(e.startPosition().asWritten());
        figuresShown.set(FigureLibrary.forExercise(e.id()).isPresent());
        noEquipmentShown.set(e.equipment().isEmpty());
        equipment.show(e.equipment());
        steps.show(e.writtenSteps());
        cues.show(e.cues());
        cautions.show(e.cautions());
        progressions.show(e.progressions());
        regressions.show(e.regressions());
        variations.show(e.variations());
        otherOptions.show(e.otherOptions());
        startCard.show(e);
        // Last, so whoever follows the exercise (the figures) finds everything else already in place.
        exercise.set(e);
        showFromRecords();
    }

    /**
     * What the records say about the exercise: the last time it hurt, and a next step from the log; the view
     * asks again when the page comes back after a session.
     */
    public void showFromRecords() {
        startCard.followPlan();
        showHurtNote();
        suggestion.show(exercise.get());
    }

    /**
     * Looks in the records, off the window's thread, for the last time this exercise was stopped with "It
     * hurts", and says so on the page. Records not open yet or unreadable: no note, the page is whole without it.
     */
    public void showHurtNote() {
        Exercise shown = exercise.get();
        if (shown == null || !services.historyRead()) {
            hurtNoteIs("");
            return;
        }
        services.background().run(() -> services.storage().store().lastHurt(shown.id()), at -> {
            if (shown.equals(exercise.get())) {
                hurtNoteIs(at.map(when -> text.get("detail.hurtNote",
                        Formats.DEFAULT.day(when.atZone(services.zone()).toLocalDate()))).orElse(""));
            }
        }, failed -> hurtNoteIs(""));
    }

    /** "On Tuesday, 24 November 2026 this exercise hurt…"; empty when it never did. */
    public ReadOnlyStringProperty hurtNote() {
        return hurtNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hurtNoteShown() {
        return hurtNoteShown.getReadOnlyProperty();
    }

    private void hurtNoteIs(String note) {
        hurtNote.set(note);
        hurtNoteShown.set(!note.isEmpty());
    }

    public ReadOnlyObjectProperty<Exercise> exercise() {
        return exercise.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty category() {
        return category.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty name() {
        return name.getReadOnlyProperty();
    }

    /** The dosage in one line, e.g. "Hold 30+ s · 2-3 sets · each leg". */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targets() {
        return targets.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty why() {
        return why.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startPosition() {
        return startPosition.getReadOnlyProperty();
    }

    /** Whether there are pictures of the start and end positions (an exercise a user added has none). */
    public ReadOnlyBooleanProperty figuresShown() {
        return figuresShown.getReadOnlyProperty();
    }

    /** "Nothing to have at hand" instead of an empty equipment list (an exercise of the person's own catalog). */
    public ReadOnlyBooleanProperty noEquipmentShown() {
        return noEquipmentShown.getReadOnlyProperty();
    }

    public Section<String> equipment() {
        return equipment;
    }

    public Section<String> steps() {
        return steps;
    }

    public Section<String> cues() {
        return cues;
    }

    public Section<String> cautions() {
        return cautions;
    }

    public Section<Variation> progressions() {
        return progressions;
    }

    public Section<Variation> regressions() {
        return regressions;
    }

    public Section<Variation> variations() {
        return variations;
    }

    public Section<String> otherOptions() {
        return otherOptions;
    }

    public StartCardViewModel startCard() {
        return startCard;
    }

    /** The next step up or back from the person's log, when there is one. */
    public SuggestionViewModel suggestion() {
        return suggestion;
    }
}
