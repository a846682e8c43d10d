package app.kneecoach.userdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The records database: one SQLite file in the data folder, opened with WAL and {@code synchronous=FULL} so a
 * commit survives a crash or power cut, foreign keys on, and a busy timeout so two processes on one folder
 * take turns instead of failing. One connection, used by one thread at a time; each write one transaction.
 * Opening it, and what happens to a file that cannot be opened, is {@link DatabaseOpening}'s job.
 */
final class Database implements AutoCloseable {
    static final String FILE = "knee-coach.db";
    static final int BUSY_TIMEOUT_MS = 10_000;

    private Connection connection;
    private final Optional<Path> file;
    /** A write found the file read-only: SQLite keeps a connection read-only, so the next write opens anew. */
    private boolean reopen;
    /** Statements run on each connection this opens anew; tests use it to keep a fault in place. */
    private final List<String> setUp = new ArrayList<>();

    Database(Connection connection, Optional<Path> file) {
        this.connection = connection;
        this.file = file;
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

    /**
     * After a read-only failure: a folder made writable again is only seen by a new connection, and only once
     * the old one is closed (SQLite shares a file's state between the connections of one process). If the new
     * one cannot be opened, the records are opened read-only again, so they can still be read.
     */
    private void reopenIfNeeded() {
        if (!reopen || file.isEmpty()) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing was pending on it: a failed write was rolled back.
        }
        try {
            connection = connect(file.get());
            try (Statement s = connection.createStatement()) {
                for (String sql : setUp) {
                    s.execute(sql);
                }
            }
            reopen = false;
        } catch (SQLException e) {
            try {
                connection = connectReadOnly(file.get());
            } catch (SQLException again) {
                // Neither: this write fails on the closed connection as the last did; the next tries again.
            }
        }
    }

    /**
     * The records of a folder that cannot be written, opened to be read: SQLite cannot open a WAL database on a
     * read-only disk without its -shm file (gone after a clean close), unless told the file will not change.
     */
    static Connection connectReadOnly(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
    }

    /** Opened with {@link #connectReadOnly}: every write fails, and the first one tries to open it anew. */
    static Database readOnly(Connection connection, Path file) {
        Database database = new Database(connection, Optional.of(file));
        database.reopen = true;
        return database;
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
    void migrate() throws SQLException {
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

    static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
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
