package app.kneecoach.userdata;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The user's sessions in the records database ({@link Database}): finished ones, and the one under way,
 * written again after every completed set in a transaction of its own, so a crash or power cut loses at
 * most the set in progress. A session still marked "in progress" when the app starts was interrupted; it
 * is offered back to keep or discard.
 */
public final class HistoryStore implements SessionSource {
    private final Database database;
    private final SessionReads reads;
    private final AerobicLog aerobic;
    /** A session found unfinished at start-up, until the user keeps or discards it. */
    private Optional<SessionRecord> interrupted;

    private HistoryStore(Database database, Optional<SessionRecord> interrupted) {
        this.database = database;
        this.reads = new SessionReads(database);
        this.aerobic = new AerobicLog(database);
        this.interrupted = interrupted;
    }

    /**
     * What opening the records found: the sessions, the user's routines, and what the user must be told.
     *
     * @param imported what was brought over from the files an earlier version kept, if anything
     */
    public record Opened(HistoryStore store, RoutineStore routines, List<StoreNotice> notices,
                         Optional<JsonImport.Report> imported) {
        public Opened {
            notices = List.copyOf(notices);
        }
    }

    /**
     * Opens the records in {@code dir}, bringing over an earlier version's files the first time; never throws.
     * If the folder cannot be used at all, the records are kept in memory for this run and the user is told.
     */
    public static Opened open(Path dir, Clock clock) {
        return RecordsOpening.open(dir, clock);
    }

    /** The store over opened records, with the session found unfinished in them. */
    static HistoryStore on(Database database) throws IOException {
        return new HistoryStore(database, interruptedIn(database));
    }

    /** A store over records that hold nothing, when the real ones could not be read. */
    static HistoryStore empty(Database database) {
        return new HistoryStore(database, Optional.empty());
    }

    /** The latest unfinished session; older ones (from earlier crashes) are kept as they are. */
    private static Optional<SessionRecord> interruptedIn(Database database) throws IOException {
        List<SessionRecord> unfinished = database.read(c -> new SessionQuery(c,
                "SELECT id FROM session WHERE in_progress = 1").list());
        for (SessionRecord older : unfinished.subList(0, Math.max(0, unfinished.size() - 1))) {
            database.write(c -> {
                finish(c, older.id());
                return null;
            });
        }
        return unfinished.isEmpty() ? Optional.empty() : Optional.of(unfinished.get(unfinished.size() - 1));
    }

    /** The unfinished session found at start-up, while the user has not yet kept or discarded it. */
    public Optional<SessionRecord> interrupted() {
        return interrupted;
    }

    /** Where the records are kept, or empty when they are only in memory. */
    public Optional<Path> file() {
        return database.file();
    }

    /**
     * Saves the session under way. An interrupted session still waiting for the user's choice is kept in the
     * history in the same transaction, rather than written over.
     */
    public void saveInProgress(SessionRecord session) throws IOException {
        Optional<SessionRecord> waiting = interrupted.filter(s -> !s.id().equals(session.id()));
        database.write(c -> {
            if (waiting.isPresent()) {
                finish(c, waiting.get().id());
            }
            SessionRows.write(c, session, true);
            return null;
        });
        if (waiting.isPresent()) {
            interrupted = Optional.empty();
        }
    }

    /**
     * The interrupted session is taken up again: no longer on offer to keep or discard, as the app goes on
     * saving it under its id as the session under way (and finds it again, should the app stop once more).
     */
    public void resumeInterrupted() {
        interrupted = Optional.empty();
    }

    /** Adds a finished (or interrupted) session to the history. */
    public void add(SessionRecord session) throws IOException {
        database.write(c -> {
            SessionRows.write(c, session, false);
            return null;
        });
        if (interrupted.filter(s -> s.id().equals(session.id())).isPresent()) {
            interrupted = Optional.empty();
        }
    }

    /** Adds many finished sessions in one transaction: for tests and benchmarks that need a long history. */
    void addAll(List<SessionRecord> sessions) throws IOException {
        database.write(c -> {
            for (SessionRecord session : sessions) {
                SessionRows.write(c, session, false);
            }
            return null;
        });
    }

    /** Drops the interrupted session, when the user chooses not to keep it. */
    public void discardInProgress() throws IOException {
        Optional<SessionRecord> waiting = interrupted;
        if (waiting.isPresent()) {
            database.write(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM session WHERE id = ? AND in_progress = 1")) {
                    s.setString(1, waiting.get().id());
                    return s.executeUpdate();
                }
            });
        }
        interrupted = Optional.empty();
    }

    /**
     * Puts a finished session's pain ratings and notes as {@code edited} has them (the rest of it stays as it
     * was recorded); fails if the session is no longer in the records.
     */
    public void update(SessionRecord edited) throws IOException {
        int changed = database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE session SET pain_before = ?, note_before = ?,"
                    + " pain_after = ?, note_after = ? WHERE id = ? AND in_progress = 0")) {
                SessionRows.setInt(s, 1, edited.painBefore());
                SessionRows.setText(s, 2, edited.noteBefore());
                SessionRows.setInt(s, 3, edited.painAfter());
                SessionRows.setText(s, 4, edited.noteAfter());
                s.setString(5, edited.id());
                return s.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new IOException("this session is no longer in the records");
        }
    }

    /**
     * Deletes a finished session with its exercises, sides and sets; returns it whole, as it was, so that
     * {@link #add} can put it back exactly (same id), or empty if it was already gone.
     */
    public Optional<SessionRecord> delete(String id) throws IOException {
        return database.write(c -> {
            Optional<SessionRecord> session = new SessionQuery(c, SessionReads.FINISHED + " AND id = ?", id).list().stream()
                    .findFirst();
            try (PreparedStatement s = c.prepareStatement("DELETE FROM session WHERE id = ? AND in_progress = 0")) {
                s.setString(1, id);
                s.executeUpdate();
            }
            return session;
        });
    }

    /** The aerobic minutes logged, kept in the same records. */
    public AerobicLog aerobic() {
        return aerobic;
    }

    private static void finish(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE session SET in_progress = 0 WHERE id = ?")) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    @Override
    public List<SessionRecord> between(Instant from, Instant to) throws IOException {
        return reads.between(from, to);
    }

    @Override
    public List<SessionRecord> before(Instant before, int limit) throws IOException {
        return reads.before(before, limit);
    }

    @Override
    public List<SessionRecord> latestRated(int limit) throws IOException {
        return reads.latestRated(limit);
    }

    /** When a session that stopped this exercise with "It hurts" started, the latest one; empty if none did. */
    public Optional<Instant> lastHurt(String exerciseId) throws IOException {
        return reads.lastHurt(exerciseId);
    }

    @Override
    public long count() throws IOException {
        return reads.count();
    }

    @Override
    public void forEach(Consumer<SessionRecord> each) throws IOException {
        reads.forEach(each);
    }

    /** Takes a checked backup's records in place of these (see {@link RecordsBackup#restore}). */
    void replaceWith(Path backup, RoutineStore routines) throws IOException {
        database.replaceWith(backup, RecordsBackup.INFO_TABLE);
        interrupted = interruptedIn(database);
        routines.reload();
    }

    /** The database itself, for backups and for tests that make it fail. */
    Database database() {
        return database;
    }

    /** Closes the database; every commit is already on disk. */
    public void close() {
        database.close();
    }
}
