package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Routine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file holds everything, restoring it gives everything back, and the records it replaces are kept. */
class RecordsBackupTest {
    private static final byte[] SETTINGS = "{\"schemaVersion\": 1, \"theme\": \"dark\"}".getBytes(StandardCharsets.UTF_8);
    @TempDir
    Path dir;

    @Test
    void aBackupRestoredGivesBackTheSessionsRoutinesAndSettingsAndKeepsWhatItReplaced() throws IOException {
        HistoryStore.Opened records = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK);
        records.store().add(Sessions.full(0, 4, 2));
        records.store().add(Sessions.bare(1));
        Routine mine = records.routines().create("Mornings");
        Path backup = dir.resolve("backup.kneecoach");
        RecordsBackup.write(records.store(), SETTINGS, HistoryStoreTest.CLOCK.instant(), backup);

        RecordsBackup.Summary summary = RecordsBackup.check(backup);
        assertEquals(new RecordsBackup.Summary(HistoryStoreTest.CLOCK.instant(), 2, 1, 0), summary);

        records.store().add(Sessions.full(5, 6, 6));
        records.routines().delete(mine.id());
        records.store().saveInProgress(Sessions.full(6, 3, 3));
        RecordsBackup.Restored restored = RecordsBackup.restore(records, backup, HistoryStoreTest.CLOCK);

        assertEquals(List.of(Sessions.full(0, 4, 2), Sessions.bare(1)), Histories.all(records.store()));
        assertEquals(List.of("Mornings"), records.routines().routines().stream().map(Routine::name).toList());
        assertEquals(Optional.empty(), records.store().interrupted());
        assertArrayEquals(SETTINGS, restored.settings().orElseThrow());
        assertEquals(List.of(Sessions.full(0, 4, 2), Sessions.bare(1)),
                Histories.reopened(dir.resolve("data"), HistoryStoreTest.CLOCK), "on disk, not only in memory");
        assertNotEquals(mine.id(), records.routines().create("Next").id(), "a restored counter never gives an id twice");

        RecordsBackup.Summary before = RecordsBackup.check(restored.earlierKeptAs());
        assertEquals(3, before.sessions(), "the records it replaced are kept as a backup");
        assertTrue(restored.earlierKeptAs().startsWith(dir.resolve("data")));
    }

    @Test
    void theAerobicMinutesGoIntoTheBackupAndComeBackFromIt() throws IOException {
        HistoryStore.Opened records = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK);
        AerobicEntry walk = AerobicEntry.logged(java.time.LocalDate.of(2026, 11, 20), "walking", "Walking", 40,
                HistoryStoreTest.CLOCK.instant());
        records.store().aerobic().save(walk);
        Path backup = dir.resolve("backup.kneecoach");
        RecordsBackup.write(records.store(), SETTINGS, HistoryStoreTest.CLOCK.instant(), backup);
        assertEquals(1, RecordsBackup.check(backup).aerobicEntries(), "the question before restoring counts them");

        records.store().aerobic().delete(walk.id());
        records.store().aerobic().save(AerobicEntry.logged(java.time.LocalDate.of(2026, 11, 21), "pool",
                "Pool exercise", 20, HistoryStoreTest.CLOCK.instant()));
        RecordsBackup.restore(records, backup, HistoryStoreTest.CLOCK);

        assertEquals(List.of(walk), records.store().aerobic().all());
        assertEquals(List.of(walk), HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK).store().aerobic()
                .all(), "on disk, not only in memory");
    }

    @Test
    void onlyAWholeKneeCoachBackupIsRestored() throws IOException {
        HistoryStore.Opened records = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK);
        records.store().add(Sessions.bare(0));
        Path garbage = Files.writeString(dir.resolve("notes.txt"), "not a backup");
        assertThrows(IOException.class, () -> RecordsBackup.check(garbage));
        Path plainDatabase = dir.resolve("data").resolve(Database.FILE);
        IOException notBackup = assertThrows(IOException.class, () -> RecordsBackup.check(plainDatabase));
        assertTrue(notBackup.getMessage().contains("not a Knee Coach backup"), notBackup.getMessage());
        assertThrows(IOException.class, () -> RecordsBackup.restore(records, garbage, HistoryStoreTest.CLOCK));
        assertEquals(List.of(Sessions.bare(0)), Histories.all(records.store()), "nothing changed");
    }

    @Test
    void theJsonExportIsTheHistoryFileFormatAndComesBackWhole() throws IOException {
        HistoryStore store = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK).store();
        List<SessionRecord> sessions = List.of(Sessions.full(0, 4, 2), Sessions.bare(1), Sessions.full(2, 1, 0));
        store.addAll(sessions);
        Path other = Files.createDirectories(dir.resolve("other"));
        try (Writer out = Files.newBufferedWriter(other.resolve(JsonImport.HISTORY_FILE))) {
            HistoryExport.json(store, out);
        }
        HistoryStore.Opened imported = HistoryStore.open(other, HistoryStoreTest.CLOCK);
        assertEquals(List.of(), imported.notices());
        assertEquals(sessions, Histories.all(imported.store()));
        StringWriter json = new StringWriter();
        HistoryExport.json(History.EMPTY, json);
        assertTrue(json.toString().contains("\"sessions\" : [ ]"), json.toString());
    }
}
