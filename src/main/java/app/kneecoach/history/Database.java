package app.kneecoach.history;

import app.kneecoach.instance.PrivateFiles;
import app.kneecoach.json.FileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The records database: one SQLite file in the data folder, opened with WAL and {@code synchronous=FULL} so a
 * commit survives a crash or power cut, foreign keys on, and a busy timeout so two processes on one folder
 * take turns instead of failing. A file that is not a database, is damaged, or comes from a newer version is
 * set aside (never written over), what can still be read from it is carried over, and the user is told.
 * One connection, used by one thread at a time.
 */
final class Database implements AutoCloseable {
    static final String FILE = "knee-coach.db";
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private Connection connection;
    private final Optional<Path> file;
    /** A write found the file read-only: SQLite keeps a connection read-only, so the next write opens anew. */
    private boolean reopen;
    /** Statements run on each connection this opens anew; tests use it to keep a fault in place. */
    private final List<String> setUp = new ArrayList<>();

    private Database(Connection connection, Optional<Path> file) {
        this.connection = connection;
        this.file = file;
    }

    record Opened(Database database, List<StoreNotice> notices) {
        Opened {
            notices = List.copyOf(notices);
        }
    }

    /**
     * Opens (creating or migrating) the database in {@code dir}; a damaged one is set aside and reported.
     *
     * @throws IOException when the folder or file cannot be used at all (then nothing was changed)
     */
    static Opened open(Path dir, Clock clock) throws IOException {
        PrivateFiles.createDirectories(dir);
        Path file = dir.resolve(FILE);
        List<StoreNotice> notices = new ArrayList<>();
        Optional<String> unusable = inspect(file);
        if (unusable.isPresent()) {
            Aside aside = setAside(file, unusable.get(), clock, false);
            if (aside.keptAs().isEmpty()) {
                throw new IOException(file + " " + unusable.get() + " and could not be moved aside");
            }
            notices.add(aside.notice(0));
        }
        createPrivate(file);
        try {
            Connection connection = connect(file);
            Optional<String> problem = check(connection);
            if (problem.isEmpty()) {
                Database database = new Database(connection, Optional.of(file));
                database.migrate();
                return new Opened(database, notices);
            }
            connection.close();
            Aside aside = setAside(file, problem.get(), clock, true);
            if (aside.keptAs().isEmpty()) {
                throw new IOException(file + " " + problem.get() + " and could not be moved aside");
            }
            createPrivate(file);
            Database fresh = new Database(connect(file), Optional.of(file));
            fresh.migrate();
            boolean readable = !problem.get().startsWith(NEWER);
            notices.add(aside.notice(readable ? Salvage.copy(aside.keptAs().get(), fresh) : 0));
            return new Opened(fresh, notices);
        } catch (SQLException e) {
            throw SqlFailure.of(e);
        }
    }

    /**
     * A health log is for its owner alone: the file is made 0600 before SQLite first opens it (SQLite gives its
     * -wal and -shm files the same permissions). An empty file is what SQLite makes a new database of.
     */
    private static void createPrivate(Path file) throws IOException {
        if (Files.notExists(file)) {
            Files.createFile(file);
            PrivateFiles.restrict(file);
        }
    }

    /** A database that lives only as long as the app, for when the data folder cannot be used at all. */
    static Database inMemory() {
        try {
            Database database = new Database(DriverManager.getConnection("jdbc:sqlite::memory:", config().toProperties()),
                    Optional.empty());
            database.migrate();
            return database;
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite could not start in memory", e);
        }
    }

    Connection connection() {
        return connection;
    }

    Optional<Path> file() {
        return file;
    }

    /** Work that reads or writes through the connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. The transaction is begun
     * and ended by hand (the connection stays in auto-commit mode), so a failed one leaves no state behind
     * for the next: SQLite may already have rolled it back itself, e.g. on a full disk.
     */
    synchronized <T> T write(Work<T> work) throws IOException {
        if (file.isPresent() && Files.notExists(file.get())) {
            // SQLite would go on writing to the removed file, lost once the app closes: better said at once.
            throw new IOException("the records file is no longer in the data folder (was the folder moved or "
                    + "removed?)");
        }
        reopenIfNeeded();
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(s);
                throw e;
            }
        } catch (SQLException e) {
            reopen = SqlFailure.readOnly(e);
            throw SqlFailure.of(e);
        }
    }

    /** After a read-only failure: a folder made writable again is only seen by a new connection. */
    private void reopenIfNeeded() {
        if (!reopen || file.isEmpty()) {
            return;
        }
        try {
            Connection fresh = connect(file.get());
            try (Statement s = fresh.createStatement()) {
                for (String sql : setUp) {
                    s.execute(sql);
                }
            }
            connection.close();
            connection = fresh;
            reopen = false;
        } catch (SQLException e) {
            // Still not writable: this write fails as the last did, and the next tries again.
        }
    }

    /** Runs {@code sql} now and on every connection opened from now on (for tests that hold a fault). */
    synchronized void alwaysRun(String sql) throws IOException {
        setUp.removeIf(earlier -> earlier.startsWith(sql.substring(0, sql.indexOf('=') + 1)));
        setUp.add(sql);
        read(c -> c.createStatement().execute(sql));
    }

    /** Whether a write can be made now, tried with a harmless one (the schema version written again). */
    boolean writable() {
        try {
            write(c -> c.createStatement().executeUpdate("PRAGMA user_version = " + Schema.VERSION));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    synchronized <T> T read(Work<T> work) throws IOException {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlFailure.of(e);
        }
    }

    /**
     * Replaces the whole content with another database file's, through this connection (SQLite's backup
     * API), then brings it to this build's schema; a backup's own info table is dropped.
     */
    synchronized void replaceWith(Path source, String dropTable) throws IOException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("restore from \"" + source.toAbsolutePath() + "\"");
            s.execute("DROP TABLE IF EXISTS " + dropTable);
            migrate();
        } catch (SQLException e) {
            throw SqlFailure.of(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Every commit is already on disk; nothing the user could do about a failing close.
        }
    }

    private static void rollbackQuietly(Statement s) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            // Already rolled back by SQLite (it does so itself on some errors): nothing is left to undo.
        }
    }

    /**
     * Brings the schema up to date, one migration per transaction. The version is read again inside each
     * transaction, so two processes opening a new folder at once never apply a migration twice.
     */
    private void migrate() throws SQLException {
        try {
            while (write(Database::migrateOnce)) {
                // Each pass applies one migration.
            }
        } catch (IOException e) {
            throw (SQLException) e.getCause();
        }
    }

    private static boolean migrateOnce(Connection c) throws SQLException {
        int version = userVersion(c);
        if (version >= Schema.VERSION) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            for (String sql : Schema.MIGRATIONS.get(version)) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = " + (version + 1));
        }
        return true;
    }

    private static final String NEWER = "was written by a newer version of Knee Coach";

    /** Why the file in the database's place cannot be opened as one, if it cannot. */
    private static Optional<String> inspect(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of("is a folder, not a records file");
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER.length);
            if (start.length == 0) {
                return Optional.of("is empty (0 bytes)");
            }
            return Arrays.equals(start, HEADER) ? Optional.empty() : Optional.of("is not a Knee Coach records file");
        } catch (IOException e) {
            return Optional.of("could not be read: " + e.getMessage());
        }
    }

    /** Whether the opened file is whole and of a schema this build knows. */
    private static Optional<String> check(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            List<String> found = new ArrayList<>();
            while (r.next()) {
                found.add(r.getString(1));
            }
            if (!found.equals(List.of("ok"))) {
                return Optional.of("is damaged: " + String.join("; ", found.subList(0, Math.min(3, found.size()))));
            }
        } catch (SQLException e) {
            if (SqlFailure.damaged(e)) {
                return Optional.of("is damaged: " + e.getMessage());
            }
            throw e;
        }
        int version = userVersion(connection);
        return version > Schema.VERSION
                ? Optional.of(NEWER + " (records version " + version + ", this one reads up to " + Schema.VERSION + ")")
                : Optional.empty();
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Where a file in the database's place was moved, and what was wrong with it. */
    private record Aside(Path file, List<FileProblem> problems, Optional<Path> keptAs) {
        StoreNotice notice(int kept) {
            return new StoreNotice(file, problems, keptAs, kept);
        }
    }

    /** Moves the file, and SQLite's files beside it, out of the way under a timestamped name. */
    private static Aside setAside(Path file, String problem, Clock clock, boolean withCompanions) {
        List<FileProblem> problems = new ArrayList<>(List.of(new FileProblem(file.toString(), "", 0, 0, problem)));
        try {
            Path aside = SetAside.move(file, clock);
            for (String suffix : withCompanions ? COMPANIONS : List.<String>of()) {
                Path companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            return new Aside(file, problems, Optional.of(aside));
        } catch (IOException e) {
            problems.add(new FileProblem(file.toString(), "", 0, 0, "could not be moved aside: " + e.getMessage()));
            return new Aside(file, problems, Optional.empty());
        }
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config().toProperties());
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Writers take the write lock when they begin, so two processes never deadlock upgrading a read.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }
}
