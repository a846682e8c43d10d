package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Messages;
import app.kneecoach.userdata.SessionRecord;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form that corrects a recorded session's check-ins: pain before and after (0 to 10, or not rated) and the
 * two notes. What was done in the session stays as it was recorded.
 */
public final class SessionEditViewModel {
    /** "Not rated", then 0 to 10: a rating's place in the list is the rating plus one. */
    private static final int NOT_RATED = 0;

    private final Messages text = Messages.DEFAULT;
    private final List<String> painChoices;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final IntegerProperty painBefore = new SimpleIntegerProperty(NOT_RATED);
    private final IntegerProperty painAfter = new SimpleIntegerProperty(NOT_RATED);
    private final StringProperty noteBefore = new SimpleStringProperty("");
    private final StringProperty noteAfter = new SimpleStringProperty("");
    private Optional<SessionRecord> session = Optional.empty();
    private Consumer<SessionRecord> save = edited -> { };
    private Runnable cancel = () -> { };

    SessionEditViewModel() {
        painChoices = Stream.concat(Stream.of(text.get("sessionEdit.notRated")),
                IntStream.rangeClosed(SessionRecord.PAIN_MIN, SessionRecord.PAIN_MAX).mapToObj(String::valueOf))
                .toList();
    }

    /** Fills the form with {@code s}; Save hands the corrected session to {@code onSave}. */
    void edit(SessionRecord s, String when, Consumer<SessionRecord> onSave, Runnable onCancel) {
        session = Optional.of(s);
        save = onSave;
        cancel = onCancel;
        title.set(text.get("sessionEdit.title", when));
        painBefore.set(choice(s.painBefore()));
        painAfter.set(choice(s.painAfter()));
        noteBefore.set(s.noteBefore().orElse(""));
        noteAfter.set(s.noteAfter().orElse(""));
    }

    public void save() {
        session.ifPresent(s -> save.accept(s.withCheckIns(rating(painBefore.get()), note(noteBefore.get()),
                rating(painAfter.get()), note(noteAfter.get()))));
    }

    public void cancel() {
        cancel.run();
    }

    private static int choice(OptionalInt pain) {
        return pain.isPresent() ? pain.getAsInt() + 1 : NOT_RATED;
    }

    private static OptionalInt rating(int choice) {
        return choice <= NOT_RATED ? OptionalInt.empty() : OptionalInt.of(choice - 1);
    }

    /** A note cleared (or only spaces) is no note, as in the check-in. */
    private static Optional<String> note(String typed) {
        String note = typed.strip();
        return note.isEmpty() ? Optional.empty() : Optional.of(note);
    }

    /** "Not rated", "0" ... "10". */
    public List<String> painChoices() {
        return painChoices;
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    public IntegerProperty painBefore() {
        return painBefore;
    }

    public IntegerProperty painAfter() {
        return painAfter;
    }

    public StringProperty noteBefore() {
        return noteBefore;
    }

    public StringProperty noteAfter() {
        return noteAfter;
    }

    /** The longest note the records keep. */
    public int noteMax() {
        return SessionRecord.NOTE_MAX;
    }
}
