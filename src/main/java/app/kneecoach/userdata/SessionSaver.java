package app.kneecoach.userdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Saves sessions in the background, in order, never making the window wait; one for the whole app. Each save
 * writes a session whole, so a save that failed is made good by any later one of the same session, and a
 * burst of saves is written once. Every session not yet on disk stays here in memory (pain rating after and
 * note included) until it is: a second session started while the first could not be saved does not push
 * the first out. A failure is reported at once; {@link #retry} tries everything still waiting.
 */
public final class SessionSaver {
    /** Where the saving stands, told to the window on its thread. */
    public enum State { SAVED, FAILED }

    public interface Listener {
        void changed(State state, Optional<String> problem);
    }

    private record Pending(long number, SessionRecord session, boolean finished) {
    }

    private final Supplier<HistoryStore> store;
    private final Background background;
    private Listener listener = (state, problem) -> { };
    /** Sessions given and not yet written, by id, in the order they were first given. Guarded by this. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private long given;
    private long written;
    private State state = State.SAVED;

    /** @param store the records, asked for on the background thread (it may wait for them to open) */
    public SessionSaver(Supplier<HistoryStore> store, Background background) {
        this.store = store;
        this.background = background;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Saves the session so far; {@code finished} adds it to the history as done. */
    public void save(SessionRecord session, boolean finished) {
        synchronized (this) {
            pending.put(session.id(), new Pending(++given, session, finished));
        }
        submit();
    }

    /** Tries again everything not yet saved, e.g. once the disk has room. */
    public void retry() {
        if (unsaved()) {
            submit();
        }
    }

    /** Whether something the user did is not yet on disk. */
    public synchronized boolean unsaved() {
        return !pending.isEmpty();
    }

    /** The sessions not yet on disk, as last given: what "Save a copy" writes. */
    public synchronized List<SessionRecord> unsavedSessions() {
        return pending.values().stream().map(Pending::session).toList();
    }

    /** How many saves have been written since the app started. */
    public synchronized long written() {
        return written;
    }

    public State state() {
        return state;
    }

    private void submit() {
        background.run(this::writePending, done -> report(), e -> {
            state = State.FAILED;
            listener.changed(state, Optional.of(Optional.ofNullable(e.getMessage()).orElse(e.toString())));
        });
    }

    private boolean writePending() throws Exception {
        List<Pending> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(pending.values());
        }
        for (Pending next : waiting) {
            if (next.finished()) {
                store.get().add(next.session());
            } else {
                store.get().saveInProgress(next.session());
            }
            synchronized (this) {
                // Only if nothing newer of the same session was given meanwhile; that one is still to write.
                pending.remove(next.session().id(), next);
                written++;
            }
        }
        return true;
    }

    private void report() {
        if (!unsaved() && state != State.SAVED) {
            state = State.SAVED;
            listener.changed(state, Optional.empty());
        }
    }
}
