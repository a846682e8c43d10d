package app.kneecoach.history;

import app.kneecoach.json.FileProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The user's session history on disk: {@code history.json} for finished sessions and
 * {@code session-in-progress.json} for the one under way, rewritten after every completed set.
 * Every write replaces the file atomically. A file that cannot be read is never overwritten: it is
 * moved aside under a timestamped name, what could be read from it is kept, and the user is told.
 */
public final class HistoryStore {
    public static final String HISTORY_FILE = "history.json";
    public static final String IN_PROGRESS_FILE = "session-in-progress.json";
    /** Ten thousand sessions take a few MB; this only stops a runaway file from exhausting memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Path dir;
    private History history;
    /** A session found in the in-progress file at start-up, until the user keeps or discards it. */
    private Optional<SessionRecord> interrupted = Optional.empty();
    /** False when an unreadable history file could not be moved aside: then it must not be written over. */
    private boolean writable = true;

    private HistoryStore(Path dir, History history) {
        this.dir = dir;
        this.history = history;
    }

    /** What opening the store found. */
    public record Opened(HistoryStore store, List<StoreNotice> notices) {
        public Opened {
            notices = List.copyOf(notices);
        }
    }

    /** Opens the store in {@code dir}; never throws for bad or missing files, only reports them. */
    public static Opened open(Path dir, Clock clock) {
        return open(dir, clock, MAX_BYTES);
    }

    static Opened open(Path dir, Clock clock, long maxBytes) {
        List<StoreNotice> notices = new ArrayList<>();
        Path historyFile = dir.resolve(HISTORY_FILE);
        DataFile.Read<History> read = DataFile.read(historyFile, maxBytes,
                (problems, json) -> new HistoryReader(problems).history(json));
        History history = read.value().orElse(History.EMPTY);
        HistoryStore store = new HistoryStore(dir, history);
        if (!read.problems().isEmpty()) {
            notices.add(store.setAside(historyFile, read.problems(), history.sessions().size(), clock));
        }
        Path inProgressFile = dir.resolve(IN_PROGRESS_FILE);
        DataFile.Read<SessionRecord> current = DataFile.read(inProgressFile, maxBytes,
                (problems, json) -> new HistoryReader(problems).inProgress(json));
        if (!current.problems().isEmpty()) {
            notices.add(store.setAside(inProgressFile, current.problems(), 0, clock));
        }
        if (current.problems().isEmpty()) {
            store.interrupted = current.value();
        }
        return new Opened(store, notices);
    }

    /**
     * Opens the store on a thread of its own into {@code into}: years of sessions take a second or more to
     * read, which the window need not wait for.
     */
    public static void openInBackground(Path dir, Clock clock, CompletableFuture<Opened> into) {
        Thread reader = new Thread(() -> {
            try {
                into.complete(open(dir, clock));
            } catch (RuntimeException | Error e) {
                // Never expected (bad files are reported, not thrown), but no one waiting may hang on it.
                into.completeExceptionally(e);
            }
        }, "history-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public History history() {
        return history;
    }

    /** The unfinished session found at start-up, while the user has not yet kept or discarded it. */
    public Optional<SessionRecord> interrupted() {
        return interrupted;
    }

    /**
     * Saves the session under way, so a crash loses at most the set in progress. An interrupted session
     * still waiting for the user's choice is kept in the history first, rather than written over.
     */
    public void saveInProgress(SessionRecord session) throws IOException {
        Optional<SessionRecord> waiting = interrupted.filter(s -> !s.id().equals(session.id()));
        if (waiting.isPresent()) {
            add(waiting.get());
        }
        AtomicFiles.write(dir.resolve(IN_PROGRESS_FILE), HistoryJson.inProgress(session));
    }

    /** Adds a finished (or interrupted) session to the history and clears the in-progress file. */
    public void add(SessionRecord session) throws IOException {
        if (!writable) {
            throw new IOException(dir.resolve(HISTORY_FILE) + " could not be read or moved aside; "
                    + "not writing over it");
        }
        History updated = history.with(session);
        AtomicFiles.write(dir.resolve(HISTORY_FILE), HistoryJson.history(updated));
        history = updated;
        interrupted = Optional.empty();
        Files.deleteIfExists(dir.resolve(IN_PROGRESS_FILE));
    }

    /** Drops the saved in-progress session, when the user chooses not to keep it. */
    public void discardInProgress() throws IOException {
        Files.deleteIfExists(dir.resolve(IN_PROGRESS_FILE));
        interrupted = Optional.empty();
    }

    private StoreNotice setAside(Path file, List<FileProblem> problems, int kept, Clock clock) {
        try {
            Path aside = SetAside.move(file, clock);
            if (file.getFileName().toString().equals(HISTORY_FILE) && kept > 0) {
                // Write back what could be read, so it is not missing on the next start.
                AtomicFiles.write(file, HistoryJson.history(history));
            }
            return new StoreNotice(file, problems, Optional.of(aside), kept);
        } catch (IOException e) {
            writable = !file.getFileName().toString().equals(HISTORY_FILE);
            List<FileProblem> all = new ArrayList<>(problems);
            all.add(new FileProblem(file.toString(), "", 0, 0, "could not be moved aside: " + e.getMessage()));
            return new StoreNotice(file, all, Optional.empty(), kept);
        }
    }
}
