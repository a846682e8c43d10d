package app.kneecoach.history;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Saves the session under way in the background, in order, never making the window wait. Each save writes
 * the whole session so far, so a save that failed is made good by any later one, and a burst of saves is
 * written once. A failure is reported at once, and the session stays here in memory (with the pain rating
 * after and the note) until {@link #retry} or a later save gets it written.
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
    private volatile Pending latest;
    /** The number of the latest save written; only the background thread changes it. */
    private volatile long written;
    private long submitted;
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
        latest = new Pending(++submitted, session, finished);
        submit();
    }

    /** Tries the latest save again, e.g. once the disk has room. */
    public void retry() {
        if (latest != null && written < latest.number()) {
            submit();
        }
    }

    /** Whether something the user did is not yet on disk. */
    public boolean unsaved() {
        Pending now = latest;
        return now != null && written < now.number();
    }

    /** The session as last given, saved or not: what "Save a copy" writes. */
    public Optional<SessionRecord> latest() {
        return Optional.ofNullable(latest).map(Pending::session);
    }

    public State state() {
        return state;
    }

    private void submit() {
        background.run(this::writeLatest, this::report, e -> {
            state = State.FAILED;
            listener.changed(state, Optional.of(Optional.ofNullable(e.getMessage()).orElse(e.toString())));
        });
    }

    private long writeLatest() throws Exception {
        Pending now = latest;
        if (now.number() > written) {
            if (now.finished()) {
                store.get().add(now.session());
            } else {
                store.get().saveInProgress(now.session());
            }
            written = now.number();
        }
        return now.number();
    }

    private void report(long number) {
        if (written >= latest.number() && state != State.SAVED) {
            state = State.SAVED;
            listener.changed(state, Optional.empty());
        }
    }
}
