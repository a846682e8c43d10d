package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups: private like the records, refused when not whole, and restoring one that holds no settings. */
class RecordsBackupMoreTest {
    private static final byte[] SETTINGS = "{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8);
    @TempDir
    Path dir;

    @Test
    void aBackupIsForItsOwnerAlone() throws IOException {
        HistoryStore store = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(0, 4, 2));
        Path backup = dir.resolve("backup.kneecoach");
        RecordsBackup.write(store, SETTINGS, HistoryStoreTest.CLOCK.instant(), backup);
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
    }

    @Test
    void aBackupWithoutTheDayItWasMadeIsNotAKneeCoachBackup() throws IOException, SQLException {
        HistoryStore.Opened records = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK);
        records.store().add(Sessions.full(0, 4, 2));
        Path backup = dir.resolve("backup.kneecoach");
        RecordsBackup.write(records.store(), SETTINGS, HistoryStoreTest.CLOCK.instant(), backup);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + RecordsBackup.INFO_TABLE + " WHERE name = 'made'");
        }
        IOException e = assertThrows(IOException.class, () -> RecordsBackup.check(backup));
        assertEquals("backup.kneecoach is not a Knee Coach backup", e.getMessage());
        assertThrows(IOException.class, () -> RecordsBackup.restore(records, backup, HistoryStoreTest.CLOCK));
        assertEquals(List.of(Sessions.full(0, 4, 2)), Histories.all(records.store()), "nothing changed");
    }

    @Test
    void aBackupFromANewerVersionIsRefused() throws IOException, SQLException {
        HistoryStore store = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK).store();
        Path backup = dir.resolve("backup.kneecoach");
        RecordsBackup.write(store, SETTINGS, HistoryStoreTest.CLOCK.instant(), backup);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.VERSION + 1));
        }
        IOException e = assertThrows(IOException.class, () -> RecordsBackup.check(backup));
        assertEquals("backup.kneecoach was made by a newer version of Knee Coach", e.getMessage());
    }

    @Test
    void aBackupFromBeforeTheAerobicMinutesCountsNone() throws IOException, SQLException {
        HistoryStore store = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(0, 4, 2));
        Path backup = dir.resolve("backup.kneecoach");
        RecordsBackup.write(store, SETTINGS, HistoryStoreTest.CLOCK.instant(), backup);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement()) {
            s.execute("DROP TABLE aerobic");
            s.execute("PRAGMA user_version = 2");
        }
        assertEquals(new RecordsBackup.Summary(HistoryStoreTest.CLOCK.instant(), 1, 0, 0), RecordsBackup.check(backup));
    }

    @Test
    void recordsKeptOnlyInMemoryCannotTakeABackupsPlace() throws IOException {
        HistoryStore store = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(0, 4, 2));
        Path backup = dir.resolve("backup.kneecoach");
        RecordsBackup.write(store, SETTINGS, HistoryStoreTest.CLOCK.instant(), backup);
        HistoryStore.Opened inMemory = HistoryStore.open(Files.writeString(dir.resolve("a-file"), ""),
                HistoryStoreTest.CLOCK);
        inMemory.store().add(Sessions.bare(1));

        IOException e = assertThrows(IOException.class, () -> RecordsBackup.restore(inMemory, backup,
                HistoryStoreTest.CLOCK));

        assertEquals("the records are not kept in a folder", e.getMessage());
        assertEquals(List.of(Sessions.bare(1)), Histories.all(inMemory.store()));
    }

    @Test
    void restoringTheRecordsKeptBeforeARestoreGivesThemBackWithNoSettings() throws IOException {
        HistoryStore.Opened records = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK);
        records.store().add(Sessions.full(0, 4, 2));
        Path backup = dir.resolve("backup.kneecoach");
        RecordsBackup.write(records.store(), SETTINGS, HistoryStoreTest.CLOCK.instant(), backup);
        records.store().add(Sessions.bare(1));
        RecordsBackup.Restored first = RecordsBackup.restore(records, backup, HistoryStoreTest.CLOCK);
        assertEquals(List.of(Sessions.full(0, 4, 2)), Histories.all(records.store()));

        // Undoing the restore: the records it replaced were kept without settings.
        RecordsBackup.Restored undone = RecordsBackup.restore(records, first.earlierKeptAs(), HistoryStoreTest.CLOCK);

        assertEquals(Optional.empty(), undone.settings(), "the settings in force stay as they are");
        assertEquals(List.of(Sessions.full(0, 4, 2), Sessions.bare(1)), Histories.all(records.store()));
        assertTrue(!undone.earlierKeptAs().equals(first.earlierKeptAs()), "the second restore keeps its own copy");
        assertEquals(1, RecordsBackup.check(undone.earlierKeptAs()).sessions());
    }
}
