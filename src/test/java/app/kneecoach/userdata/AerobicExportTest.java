package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aerobic minutes in the CSV and JSON exports, and a JSON export brought back into another data folder. */
class AerobicExportTest {
    private static final AerobicEntry WALK = AerobicEntry.logged(LocalDate.of(2026, 11, 1), "walking", "Walking",
            30, HistoryStoreTest.CLOCK.instant());
    private static final AerobicEntry POOL = AerobicEntry.logged(LocalDate.of(2026, 11, 5), "pool", "Pool exercise",
            45, HistoryStoreTest.CLOCK.instant());
    @TempDir
    Path dir;

    @Test
    void csvHasARowPerEntryAfterItsDaysSessions() throws IOException {
        List<String> lines = HistoryCsv.write(new History(List.of(Sessions.bare(0), Sessions.bare(2))),
                List.of(POOL, WALK), ZoneOffset.UTC).lines().toList();
        assertEquals("aerobic_minutes", HistoryCsv.HEADER.get(HistoryCsv.HEADER.size() - 1));
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("2026-11-01,18:00,"), lines.get(1));
        assertEquals("2026-11-01,,,Walking,,,,,,,,,,,,,,30", lines.get(2));
        assertTrue(lines.get(3).startsWith("2026-11-03,18:00,") && lines.get(3).endsWith(","), lines.get(3));
        assertEquals("2026-11-05,,,Pool exercise,,,,,,,,,,,,,,45", lines.get(4), "after every session, if later");
    }

    @Test
    void aJsonExportBroughtIntoAnotherFolderKeepsTheSessionsAndTheMinutes() throws IOException {
        HistoryStore store = HistoryStore.open(dir.resolve("a"), HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(0, 5, 4));
        store.aerobic().save(WALK);
        store.aerobic().save(POOL);
        StringWriter json = new StringWriter();
        HistoryExport.json(store, store.aerobic().all(), json);
        assertTrue(json.toString().contains("\"activity\" : \"walking\""), json.toString());

        Path other = Files.createDirectories(dir.resolve("b"));
        Files.writeString(other.resolve(JsonImport.HISTORY_FILE), json.toString());
        HistoryStore.Opened opened = HistoryStore.open(other, HistoryStoreTest.CLOCK);

        assertEquals(List.of(), opened.notices());
        assertEquals(List.of(Sessions.full(0, 5, 4)), Histories.all(opened.store()));
        assertEquals(List.of(WALK, POOL), opened.store().aerobic().all(), "same ids, days and minutes");
    }

    @Test
    void aJsonExportWithoutMinutesIsAsBefore() throws IOException {
        StringWriter json = new StringWriter();
        HistoryExport.json(new History(List.of(Sessions.bare(0))), List.of(), json);
        assertFalse(json.toString().contains("aerobic"), json.toString());
    }
}
