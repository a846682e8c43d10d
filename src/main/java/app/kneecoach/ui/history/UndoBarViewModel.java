package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.userdata.Background;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The bar above History that says what was just changed ("Session deleted") and offers Undo, and the changes
 * that go with it: each change is written on the records thread, and once it is in the records its undo is
 * offered until the next change, a dismissal or (the view's timer) about ten seconds. A change or undo that
 * fails says why in the bar; the records are as they were.
 */
public final class UndoBarViewModel {
    /** A write to the records: the change, or its undo. */
    interface Write {
        void run() throws Exception;
    }

    private final Messages text = Messages.DEFAULT;
    private final Background background;
    private final Runnable changed;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper();
    private final BooleanBinding shown = message.isNotEmpty();
    private Optional<Write> undo = Optional.empty();
    /** The bar says why something failed: it stays until the next change or Close, so it is not missed. */
    private boolean failed;

    /** @param changed told after every change or undo that reached the records, so what shows them reads again */
    UndoBarViewModel(AppServices services, Runnable changed) {
        this.background = services.background();
        this.changed = changed;
    }

    /** Makes {@code change}, then offers {@code undo} with {@code messageKey}'s words. */
    void change(String messageKey, Write change, Write undoIt) {
        dismiss();
        background.run(() -> {
            change.run();
            return messageKey;
        }, done -> {
            undo = Optional.of(undoIt);
            // Undo is offered before the bar says so: whoever hears the words finds the button there.
            undoable.set(true);
            message.set(text.get(done));
            changed.run();
        }, e -> {
            failed = true;
            message.set(text.get("history.changeFailed", e.getMessage()));
            changed.run();
        });
    }

    public void undo() {
        undo.ifPresent(write -> background.run(() -> {
            write.run();
            return write;
        }, done -> {
            undo = Optional.empty();
            undoable.set(false);
            failed = false;
            message.set(text.get("history.undone"));
            changed.run();
        }, e -> {
            failed = true;
            message.set(text.get("history.undoFailed", e.getMessage()));
        }));
    }

    /** The bar's time is up: it goes, unless it says why something failed. */
    public void expire() {
        if (!failed) {
            dismiss();
        }
    }

    /** The bar goes, and with it the undo: at the next change, on Close, or after its time. */
    public void dismiss() {
        failed = false;
        undo = Optional.empty();
        undoable.set(false);
        message.set("");
    }

    /** What was changed, or why a change or undo failed; empty when the bar is not shown. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ObservableBooleanValue shown() {
        return shown;
    }

    /** Whether Undo is offered (not after a failed change, nor once undone). */
    public ReadOnlyBooleanProperty undoable() {
        return undoable.getReadOnlyProperty();
    }
}
