package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderOpensWithNoHistoryAndNoNotices() throws IOException {
        HistoryStore.Opened opened = HistoryStore.open(dir.resolve("new"), CLOCK);
        assertEquals(List.of(), Histories.all(opened.store()));
        assertEquals(List.of(), opened.notices());
        assertEquals(Optional.empty(), opened.store().interrupted());
        assertEquals(Optional.empty(), opened.imported());
        assertEquals(Optional.of(dir.resolve("new").resolve(Database.FILE)), opened.store().file());
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
        assertEquals(List.of(bare, full), Histories.all(reopened.store()), "oldest first, every field equal");
    }

    @Test
    void theDatabaseIsOpenedForCrashSafety() throws IOException, SQLException {
        HistoryStore.open(dir, CLOCK).store().add(Sessions.bare(0));
        try (Connection c = Database.connect(dir.resolve(Database.FILE)); Statement s = c.createStatement()) {
            assertEquals("wal", single(s, "PRAGMA journal_mode"));
            assertEquals("2", single(s, "PRAGMA synchronous"), "FULL");
            assertEquals("1", single(s, "PRAGMA foreign_keys"));
            assertEquals(String.valueOf(Schema.VERSION), single(s, "PRAGMA user_version"));
            assertEquals("ok", single(s, "PRAGMA integrity_check"));
        }
    }

    @Test
    void theRecordsAreForTheirOwnerAlone() throws IOException {
        Path folder = dir.resolve("knee-coach");
        HistoryStore.open(folder, CLOCK).store().add(Sessions.bare(0));
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        for (String name : List.of(Database.FILE, Database.FILE + "-wal", Database.FILE + "-shm")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    folder.resolve(name))), name);
        }
    }

    @Test
    void theSessionInProgressIsOfferedBackAfterACrash() throws IOException {
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        store.add(Sessions.bare(0));
        SessionRecord partial = Sessions.full(1, 5, 5).ended(Instant.parse("2026-11-02T09:05:00Z"),
                SessionStatus.INTERRUPTED);
        store.saveInProgress(partial);
        assertEquals(1, Histories.all(store).size(), "a session under way is not in the history yet");

        HistoryStore.Opened afterCrash = HistoryStore.open(dir, CLOCK);
        assertEquals(Optional.of(partial), afterCrash.store().interrupted());
        afterCrash.store().add(afterCrash.store().interrupted().get());

        HistoryStore.Opened next = HistoryStore.open(dir, CLOCK);
        assertEquals(Optional.empty(), next.store().interrupted(), "kept once, not offered again");
        assertEquals(2, Histories.all(next.store()).size());
    }

    @Test
    void startingANewSessionKeepsAnInterruptedOneRatherThanWritingOverIt() throws IOException {
        HistoryStore.open(dir, CLOCK).store().saveInProgress(Sessions.full(1, 5, 5));
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        store.saveInProgress(Sessions.full(2, 3, 3));
        assertEquals(List.of(Sessions.full(1, 5, 5)), Histories.all(store));
        assertEquals(Optional.empty(), store.interrupted());
        assertEquals(Optional.of(Sessions.full(2, 3, 3)), HistoryStore.open(dir, CLOCK).store().interrupted());
    }

    @Test
    void discardingTheInterruptedSessionRemovesIt() throws IOException {
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        store.saveInProgress(Sessions.full(1, 5, 5));
        HistoryStore.open(dir, CLOCK).store().discardInProgress();
        assertEquals(Optional.empty(), HistoryStore.open(dir, CLOCK).store().interrupted());
        assertEquals(List.of(), Histories.reopened(dir, CLOCK));
    }

    @Test
    void severalUnfinishedSessionsOfferTheLatestAndKeepTheOthers() throws IOException {
        // Two processes that write anyway (a shared folder), each with a session under way, then both die.
        HistoryStore first = HistoryStore.open(dir, CLOCK).store();
        HistoryStore second = HistoryStore.open(dir, CLOCK).store();
        first.saveInProgress(Sessions.full(1, 5, 5));
        second.saveInProgress(Sessions.full(2, 3, 3));
        HistoryStore.Opened next = HistoryStore.open(dir, CLOCK);
        assertEquals(Optional.of(Sessions.full(2, 3, 3)), next.store().interrupted());
        assertEquals(List.of(Sessions.full(1, 5, 5)), Histories.all(next.store()));
    }

    @Test
    void slicesOfTheHistoryComeFromQueries() throws IOException {
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        for (int day = 0; day < 10; day++) {
            store.add(day % 2 == 0 ? Sessions.full(day, day % 10, 0) : Sessions.bare(day));
        }
        Instant day3 = Instant.parse("2026-11-04T00:00:00Z");
        assertEquals(List.of("session-4", "bare-5"), store.between(day3.plus(Duration.ofDays(1)),
                day3.plus(Duration.ofDays(3))).stream().map(SessionRecord::id).toList());
        assertEquals(List.of("bare-3", "session-2"), store.before(day3.plus(Duration.ofDays(1)), 2).stream()
                .map(SessionRecord::id).toList(), "newest first");
        assertEquals(List.of("session-6", "session-8"), store.latestRated(2).stream().map(SessionRecord::id).toList());
        assertEquals(10, store.count());
        List<String> seen = new java.util.ArrayList<>();
        store.forEach(s -> seen.add(s.id()));
        assertEquals(Histories.all(store).stream().map(SessionRecord::id).toList(), seen);
    }

    @Test
    void theHistoryIsReadAPageAtATime() throws IOException {
        HistoryStore store = HistoryStore.open(dir, CLOCK).store();
        int sessions = SessionReads.PAGE * 2 + 3;
        for (int i = 0; i < sessions; i++) {
            store.add(Sessions.bare(i));
        }
        List<String> seen = new java.util.ArrayList<>();
        store.forEach(s -> seen.add(s.id()));
        assertEquals(sessions, seen.size());
        assertEquals("bare-0", seen.get(0));
        assertEquals("bare-" + (sessions - 1), seen.get(sessions - 1));
    }

    @Test
    void painIsRatedZeroToTen() {
        assertThrows(IllegalArgumentException.class, () -> Sessions.full(0, 11, 0));
        assertThrows(IllegalArgumentException.class, () -> Sessions.full(0, 0, -1));
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }
}
