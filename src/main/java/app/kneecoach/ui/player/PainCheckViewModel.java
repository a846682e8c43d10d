package app.kneecoach.ui.player;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.SafetyText;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.userdata.SessionRecord;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The 0-10 pain check-in before or after a session: the rating picked (none until one is; once picked it can
 * be changed, not cleared), a note of no more than the records keep, with its count in words, and before a
 * session the pain warning, once worked out from the records. Continue hands on the rating and the note,
 * Skip neither; Cancel, offered before a session only, leaves without starting.
 */
final class PainCheckViewModel {
    private static final int HIGHEST = 10;

    private final Messages text = Messages.DEFAULT;
    private final String title;
    private final String subject;
    private final Consumer<PainCheck> onDone;
    private final Optional<Runnable> onCancel;
    private final ReadOnlyObjectWrapper<OptionalInt> rating = new ReadOnlyObjectWrapper<>(OptionalInt.empty());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteCount = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Optional<SafetyText>> warning = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final BooleanBinding warningShown = Bindings.createBooleanBinding(() -> warning.get().isPresent(), warning);

    /** One value of the scale: the digit on its button and what a screen reader says of it. */
    record Rating(int value, String label, String accessibleText) {
    }

    private PainCheckViewModel(String titleKey, String subject, Consumer<PainCheck> onDone,
                               Optional<Runnable> onCancel) {
        this.title = text.get(titleKey);
        this.subject = subject;
        this.onDone = onDone;
        this.onCancel = onCancel;
        showCount();
    }

    /** Before a session about {@code subject}: Cancel leaves, and the pain warning joins once the records are read. */
    static PainCheckViewModel before(String subject, AppServices services, Catalog catalog,
                                     Consumer<PainCheck> onDone, Runnable onCancel) {
        PainCheckViewModel check = new PainCheckViewModel("pain.before.title", subject, onDone, Optional.of(onCancel));
        services.painWarning(found -> check.warning.set(found.map(w -> SafetyText.of(check.text, w, catalog))));
        return check;
    }

    /** After a session about {@code subject}. */
    static PainCheckViewModel after(String subject, Consumer<PainCheck> onDone) {
        return new PainCheckViewModel("pain.after.title", subject, onDone, Optional.empty());
    }

    void select(int value) {
        if (value < 0 || value > HIGHEST) {
            throw new IllegalArgumentException("no pain rating " + value);
        }
        rating.set(OptionalInt.of(value));
    }

    /** Takes the note as typed, up to the length the records keep. */
    void setNote(String typed) {
        String written = typed == null ? "" : typed;
        note.set(written.length() > noteMax() ? written.substring(0, noteMax()) : written);
        showCount();
    }

    /** Continue: the rating, if one was picked, and the note without the spaces around it, if there is one. */
    void confirm() {
        String written = note.get().strip();
        onDone.accept(new PainCheck(rating.get(), written.isEmpty() ? Optional.empty() : Optional.of(written)));
    }

    /** Skip rating: neither a rating nor a note. */
    void skip() {
        onDone.accept(new PainCheck(OptionalInt.empty(), Optional.empty()));
    }

    void cancel() {
        onCancel.ifPresent(Runnable::run);
    }

    String title() {
        return title;
    }

    /** The exercise or routine about to be done, or just done. */
    String subject() {
        return subject;
    }

    boolean cancelOffered() {
        return onCancel.isPresent();
    }

    /** The scale from 0 to 10, in order. */
    List<Rating> scale() {
        return IntStream.rangeClosed(0, HIGHEST)
                .mapToObj(value -> new Rating(value, Integer.toString(value), text.get("pain.accessible.value", value)))
                .toList();
    }

    ReadOnlyObjectProperty<OptionalInt> rating() {
        return rating.getReadOnlyProperty();
    }

    ReadOnlyStringProperty note() {
        return note.getReadOnlyProperty();
    }

    /** The longest note the records keep. */
    int noteMax() {
        return SessionRecord.NOTE_MAX;
    }

    /** "12 of 2000 characters". */
    ReadOnlyStringProperty noteCount() {
        return noteCount.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Optional<SafetyText>> warning() {
        return warning.getReadOnlyProperty();
    }

    ObservableBooleanValue warningShown() {
        return warningShown;
    }

    private void showCount() {
        noteCount.set(text.get("input.count", note.get().length(), noteMax()));
    }
}
