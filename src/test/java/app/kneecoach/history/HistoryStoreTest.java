package app.kneecoach.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderOpensWithNoHistoryAndNoNotices() {
        HistoryStore.Opened opened = HistoryStore.open(dir.resolve("new"), CLOCK);
        assertEquals(History.EMPTY, opened.store().history());
        assertEquals(List.of(), opened.notices());
        assertEquals(Optional.empty(), opened.store().interrupted());
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws IOException {
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        SessionRecord full = Sessions.full(3, 4, 2);
        SessionRecord bare = Sessions.bare(1);
        store.add(full);
        store.add(bare);

        HistoryStore.Opened reopened = HistoryStore.open(dir, CLOCK);
        assertEquals(List.of(), reopened.notices());
        assertEquals(List.of(bare, full), reopened.store().history().sessions(), "oldest first, every field equal");
    }

    @Test
    void theSessionInProgressIsOfferedBackAfterACrash() throws IOException {
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        store.add(Sessions.bare(0));
        SessionRecord partial = Sessions.full(1, 5, 5).ended(Instant.parse("2026-11-02T09:05:00Z"),
                SessionStatus.INTERRUPTED);
        store.saveInProgress(partial);

        HistoryStore.Opened afterCrash = HistoryStore.open(dir, CLOCK);
        assertEquals(Optional.of(partial), afterCrash.store().interrupted());
        afterCrash.store().add(afterCrash.store().interrupted().get());

        HistoryStore.Opened next = HistoryStore.open(dir, CLOCK);
        assertEquals(Optional.empty(), next.store().interrupted(), "kept once, not offered again");
        assertEquals(2, next.store().history().sessions().size());
    }

    @Test
    void startingANewSessionKeepsAnInterruptedOneRatherThanWritingOverIt() throws IOException {
        HistoryStore.open(dir, CLOCK).store().saveInProgress(Sessions.full(1, 5, 5));
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        store.saveInProgress(Sessions.full(2, 3, 3));
        assertEquals(List.of(Sessions.full(1, 5, 5)), store.history().sessions());
        assertEquals(Optional.empty(), store.interrupted());
        assertEquals(Optional.of(Sessions.full(2, 3, 3)), HistoryStore.open(dir, CLOCK).store().interrupted());
    }

    @Test
    void discardingTheInterruptedSessionRemovesIt() throws IOException {
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        store.saveInProgress(Sessions.full(1, 5, 5));
        HistoryStore.open(dir, CLOCK).store().discardInProgress();
        assertEquals(Optional.empty(), HistoryStore.open(dir, CLOCK).store().interrupted());
    }

    @Test
    void aWriteCutOffBeforeItsFinalMoveLeavesThePreviousHistoryIntact() throws IOException {
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        store.add(Sessions.full(0, 3, 2));
        byte[] before = Files.readAllBytes(dir.resolve(HistoryStore.HISTORY_FILE));
        // What a crash between writing the temporary file and moving it into place leaves behind.
        Files.writeString(dir.resolve("history.json.123456.tmp"), "{\"schemaVersion\": 1, \"sessions\": [ {\"id\": ");

        HistoryStore.Opened reopened = HistoryStore.open(dir, CLOCK);
        assertEquals(List.of(), reopened.notices());
        assertEquals(List.of(Sessions.full(0, 3, 2)), reopened.store().history().sessions());
        assertEquals(new String(before), Files.readString(dir.resolve(HistoryStore.HISTORY_FILE)));
    }

    @Test
    void aFolderInPlaceOfTheHistoryIsMovedAsideAndAFreshHistoryStarts() throws IOException {
        Path history = dir.resolve(HistoryStore.HISTORY_FILE);
        Files.createDirectories(history.resolve("inside"));
        HistoryStore.Opened opened = HistoryStore.open(dir, CLOCK);
        assertEquals(1, opened.notices().size());
        assertTrue(Files.isDirectory(opened.notices().get(0).keptAs().orElseThrow().resolve("inside")));
        opened.store().add(Sessions.bare(0));
        assertEquals(1, HistoryStore.open(dir, CLOCK).store().history().sessions().size());
    }

    @Test
    void anUnreadableFileIsKeptUnderAFreshNameWhenTheUsualOneIsTaken() throws IOException {
        Files.writeString(dir.resolve(HistoryStore.HISTORY_FILE), "not json");
        Files.writeString(dir.resolve("history.json.unreadable-20261124-100000"), "an earlier one");
        HistoryStore.Opened opened = HistoryStore.open(dir, CLOCK);
        Path kept = opened.notices().get(0).keptAs().orElseThrow();
        assertEquals(dir.resolve("history.json.unreadable-20261124-100000-2"), kept);
        assertEquals("not json", Files.readString(kept));
        assertEquals("an earlier one", Files.readString(dir.resolve("history.json.unreadable-20261124-100000")));
        assertFalse(Files.exists(dir.resolve(HistoryStore.HISTORY_FILE)), "nothing readable, nothing written");
    }

    @Test
    void painIsRatedZeroToTen() {
        assertThrows(IllegalArgumentException.class, () -> Sessions.full(0, 11, 0));
        assertThrows(IllegalArgumentException.class, () -> Sessions.full(0, 0, -1));
    }
}
