package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AerobicLogViewModel;
import app.kneecoach.ui.common.AppServices;

import app.kneecoach.catalog.AerobicOption;
import app.kneecoach.userdata.AerobicEntry;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Changing what History lists: a session's check-ins corrected or the session deleted, aerobic minutes changed or
 * deleted, each with its undo in the {@link UndoBarViewModel}. One entry is edited at a time, in its day's card;
 * any other action ends that edit.
 */
public final class HistoryEditing {
    private final AppServices services;
    private final HistoryText words;
    private final UndoBarViewModel undoBar;
    private final SessionEditViewModel sessionForm = new SessionEditViewModel();
    private final AerobicLogViewModel aerobicForm;
    private final AerobicLogViewModel logForm;
    private final ReadOnlyStringWrapper editing = new ReadOnlyStringWrapper("");
    private final Map<String, SessionRecord> sessions = new HashMap<>();
    private final Map<String, AerobicEntry> aerobic = new HashMap<>();

    /** @param changed told after every change that reached the records */
    HistoryEditing(AppServices services, List<AerobicOption> options, HistoryText words, Runnable changed) {
        this.services = services;
        this.words = words;
        this.undoBar = new UndoBarViewModel(services, changed);
        this.aerobicForm = new AerobicLogViewModel(services, options, () -> { });
        this.logForm = new AerobicLogViewModel(services, options, changed);
    }

    /** What the list shows now: only these can be edited or deleted. */
    void shown(Collection<SessionRecord> shownSessions, Collection<AerobicEntry> shownAerobic) {
        sessions.clear();
        shownSessions.forEach(s -> sessions.put(s.id(), s));
        aerobic.clear();
        shownAerobic.forEach(e -> aerobic.put(e.id(), e));
        if (!sessions.containsKey(editing.get()) && !aerobic.containsKey(editing.get())) {
            editing.set("");
        }
    }

    public void editSession(String id) {
        SessionRecord session = sessions.get(id);
        if (session == null) {
            return;
        }
        undoBar.dismiss();
        sessionForm.edit(session, words.dateTime(session.startedAt()), edited -> {
            editing.set("");
            undoBar.change("history.sessionEdited", () -> store().update(edited), () -> store().update(session));
        }, this::stopEditing);
        editing.set(id);
    }

    public void deleteSession(String id) {
        SessionRecord session = sessions.get(id);
        if (session != null) {
            editing.set("");
            undoBar.change("history.sessionDeleted", () -> store().delete(id), () -> store().add(session));
        }
    }

    public void editAerobic(String id) {
        AerobicEntry entry = aerobic.get(id);
        if (entry == null) {
            return;
        }
        undoBar.dismiss();
        aerobicForm.edit(entry, edited -> {
            editing.set("");
            undoBar.change("history.aerobicEdited", () -> store().aerobic().save(edited),
                    () -> store().aerobic().save(entry));
        }, this::stopEditing);
        editing.set(id);
    }

    public void deleteAerobic(String id) {
        AerobicEntry entry = aerobic.get(id);
        if (entry != null) {
            editing.set("");
            undoBar.change("history.aerobicDeleted", () -> store().aerobic().delete(id),
                    () -> store().aerobic().save(entry));
        }
    }

    /** Cancel: the entry stays as it was. */
    public void stopEditing() {
        editing.set("");
    }

    /** The id of the session or aerobic entry being edited, or empty. */
    public ReadOnlyStringProperty editing() {
        return editing.getReadOnlyProperty();
    }

    public UndoBarViewModel undoBar() {
        return undoBar;
    }

    public SessionEditViewModel sessionForm() {
        return sessionForm;
    }

    /** The form that edits an aerobic entry in its day's card. */
    public AerobicLogViewModel aerobicForm() {
        return aerobicForm;
    }

    /** The form that logs new aerobic minutes from History. */
    public AerobicLogViewModel logForm() {
        return logForm;
    }

    private HistoryStore store() throws IOException {
        if (!services.historyRead()) {
            throw new IOException("the records are still being opened");
        }
        return services.storage().store();
    }
}
