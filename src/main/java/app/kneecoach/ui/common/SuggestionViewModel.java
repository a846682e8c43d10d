package app.kneecoach.ui.common;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.userdata.Progression;
import app.kneecoach.userdata.RoutineStore;
import app.kneecoach.userdata.Suggestion;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The card that offers the article's next step up or back for one exercise, from the person's log
 * ({@link Progression}): what, why with the numbers, and "Use this" or "Not now". Using it stores the plan and
 * gives the person's own routines the dose, off the window's thread; a save that fails says so and changes
 * nothing, the card stays to try again.
 */
public final class SuggestionViewModel {
    private final Messages text;
    private final AppServices services;
    private final SuggestionText words;
    private final Consumer<Exercise> accepted;
    private Exercise exercise;
    private Optional<Suggestion> suggestion = Optional.empty();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper(this, "what", "");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper(this, "advice", "");
    private final ReadOnlyBooleanWrapper adviceShown = new ReadOnlyBooleanWrapper(this, "adviceShown");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageShown = new ReadOnlyBooleanWrapper(this, "messageShown");
    private final ReadOnlyBooleanWrapper actionsShown = new ReadOnlyBooleanWrapper(this, "actionsShown");
    private final ReadOnlyStringWrapper useName = new ReadOnlyStringWrapper(this, "useName", "");

    /** @param accepted told, on the window's thread, once an accepted plan is stored */
    public SuggestionViewModel(Messages text, AppServices services, Consumer<Exercise> accepted) {
        this.text = text;
        this.services = services;
        this.words = new SuggestionText(text, Formats.DEFAULT, services.zone());
        this.accepted = accepted;
    }

    /**
     * Looks for a suggestion for {@code shown} in the records, off the window's thread. Records not open yet or
     * unreadable: no card, the page is whole without it.
     */
    public void show(Exercise shown) {
        exercise = shown;
        showing(Optional.empty());
        if (shown == null || !services.historyRead()) {
            return;
        }
        services.background().run(
                () -> Progression.suggest(shown, services.storage().store(), services.routines().plans()),
                found -> {
                    if (shown.equals(exercise)) {
                        showing(found);
                    }
                }, failed -> showing(Optional.empty()));
    }

    /** Shows a suggestion already found (at a session's end, where they are looked for together). */
    public void offer(Exercise forExercise, Suggestion found) {
        exercise = forExercise;
        showing(Optional.of(found));
    }

    /** "Use this": the plan is stored and the person's own routines take the dose. */
    public void accept() {
        suggestion.ifPresent(taken -> {
            Exercise forExercise = exercise;
            RoutineStore routines = services.routines();
            services.background().run(() -> {
                routines.accept(forExercise, taken, services.clock().now());
                return null;
            }, done -> {
                actionsShown.set(false);
                messageIs(text.get("suggestion.used"));
                accepted.accept(forExercise);
            }, this::failed);
        });
    }

    /** "Not now": the card goes, and the count towards the next suggestion starts again. */
    public void dismiss() {
        suggestion.ifPresent(taken -> {
            Exercise forExercise = exercise;
            var plans = services.routines().plans();
            services.background().run(() -> {
                plans.put(plans.of(forExercise.id()).dismissed(services.clock().now()));
                return null;
            }, done -> {
                if (forExercise.equals(exercise)) {
                    showing(Optional.empty());
                }
            }, this::failed);
        });
    }

    private void failed(Exception e) {
        messageIs(text.get("suggestion.failed", e.getMessage()));
    }

    private void showing(Optional<Suggestion> found) {
        suggestion = found;
        shown.set(found.isPresent());
        title.set(exercise == null ? "" : text.get("suggestion.title", exercise.name()));
        what.set(found.map(words::what).orElse(""));
        why.set(found.map(words::why).orElse(""));
        advice.set(found.flatMap(words::advice).orElse(""));
        adviceShown.set(!advice.get().isEmpty());
        useName.set(text.get("suggestion.accessible.use", what.get()));
        actionsShown.set(found.isPresent());
        messageIs("");
    }

    private void messageIs(String now) {
        message.set(now);
        messageShown.set(!now.isEmpty());
    }

    public ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    /** "A next step for Lateral leg raise, from your log". */
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** What to do next, e.g. "Try 2 sets of 15 reps". */
    public ReadOnlyStringProperty what() {
        return what.getReadOnlyProperty();
    }

    /** Why, with the numbers from the log. */
    public ReadOnlyStringProperty why() {
        return why.getReadOnlyProperty();
    }

    /** The article's advice on stopping, for a step back only. */
    public ReadOnlyStringProperty advice() {
        return advice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty adviceShown() {
        return adviceShown.getReadOnlyProperty();
    }

    /** That it was taken, or that saving failed. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageShown() {
        return messageShown.getReadOnlyProperty();
    }

    /** "Use this" and "Not now", until the suggestion is taken. */
    public ReadOnlyBooleanProperty actionsShown() {
        return actionsShown.getReadOnlyProperty();
    }

    /** The accessible name of "Use this", saying what it takes. */
    public ReadOnlyStringProperty useName() {
        return useName.getReadOnlyProperty();
    }
}
