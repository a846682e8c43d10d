package app.kneecoach.userdata;

import app.kneecoach.instance.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One file that holds everything: a copy of the records database made by SQLite itself ({@code VACUUM INTO},
 * consistent even while the app writes) with the settings and when it was made added in a table of its own.
 * Restoring checks the file first, keeps the current records as a backup beside them, then puts the backup's
 * content in place through the open connection (SQLite's restore), so nothing has to be closed or moved.
 */
public final class RecordsBackup {
    static final String INFO_TABLE = "knee_coach_backup";
    private static final int AEROBIC_SINCE = 3;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RecordsBackup() {
    }

    /** What a backup file holds, for the question before restoring it. */
    public record Summary(Instant made, long sessions, int routines, long aerobicEntries) {
    }

    /** Writes a backup of the records and {@code settings} to {@code target}, which must not exist yet. */
    public static void write(HistoryStore store, byte[] settings, Instant now, Path target) throws IOException {
        Files.deleteIfExists(target);
        store.database().read(c -> {
            try (PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, target.toAbsolutePath().toString());
                s.executeUpdate();
            }
            return null;
        });
        PrivateFiles.restrict(target);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + INFO_TABLE + " (name TEXT PRIMARY KEY, value BLOB NOT NULL)");
            put(c, "made", now.toString().getBytes(StandardCharsets.UTF_8));
            put(c, "settings", settings);
        } catch (SQLException e) {
            throw SqlFailure.of(e);
        }
    }

    /** Reads a backup without changing it; a file that is not a whole Knee Coach backup is refused with why. */
    public static Summary check(Path backup) throws IOException {
        try (Connection c = readOnly(backup); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                if (!r.next() || !"ok".equals(r.getString(1))) {
                    throw new IOException(backup.getFileName() + " is damaged");
                }
            }
            int version = single(s, "PRAGMA user_version").intValue();
            if (version > Schema.VERSION) {
                throw new IOException(backup.getFileName() + " was made by a newer version of Knee Coach");
            }
            Instant made = Instant.parse(new String(info(c, "made").orElseThrow(() -> new IOException(
                    backup.getFileName() + " is not a Knee Coach backup")), StandardCharsets.UTF_8));
            // Backups from before schema 3 have no aerobic minutes.
            long aerobic = version >= AEROBIC_SINCE ? single(s, "SELECT count(*) FROM aerobic") : 0;
            return new Summary(made, single(s, "SELECT count(*) FROM session WHERE in_progress = 0"),
                    single(s, "SELECT count(*) FROM routine").intValue(), aerobic);
        } catch (SQLException e) {
            throw new IOException(backup.getFileName() + " is not a Knee Coach backup (" + SqlFailure.describe(e)
                    + ")", e);
        }
    }

    /**
     * Replaces the records with the backup's, after keeping the current ones as
     * {@code knee-coach-before-restore-STAMP.db} in the data folder.
     *
     * @return the backup's settings, for the caller to put in force, and where the earlier records were kept
     */
    public static Restored restore(HistoryStore.Opened records, Path backup, Clock clock) throws IOException {
        check(backup);
        HistoryStore store = records.store();
        Path folder = store.file().orElseThrow(() -> new IOException("the records are not kept in a folder"))
                .toAbsolutePath().getParent();
        Path kept = SetAside.free(folder.resolve("knee-coach-before-restore-"
                + LocalDateTime.now(clock).format(STAMP) + ".db"));
        write(store, new byte[0], clock.instant(), kept);
        Optional<byte[]> settings;
        try (Connection c = readOnly(backup)) {
            settings = info(c, "settings");
        } catch (SQLException e) {
            throw SqlFailure.of(e);
        }
        store.replaceWith(backup, records.routines());
        return new Restored(settings.filter(b -> b.length > 0), kept);
    }

    public record Restored(Optional<byte[]> settings, Path earlierKeptAs) {
    }

    private static Connection readOnly(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
    }

    private static void put(Connection c, String name, byte[] value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + INFO_TABLE + " (name, value) VALUES (?, ?)")) {
            s.setString(1, name);
            s.setBytes(2, value);
            s.executeUpdate();
        }
    }

    private static Optional<byte[]> info(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM " + INFO_TABLE + " WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static Long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0L;
        }
    }
}
