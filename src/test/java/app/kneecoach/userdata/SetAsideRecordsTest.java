package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A records file set aside: what goes with it, what is carried over, and the fresh file that takes its place. */
class SetAsideRecordsTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Database.FILE);
    }

    @Test
    void aFileThatBreaksTheTablesRulesIsDamagedAndEveryRowThatKeepsThemIsCarriedOver() throws IOException {
        HistoryStore.Opened before = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        before.store().add(Sessions.full(1, 4, 2));
        before.store().add(Sessions.full(2, 5, 3));
        Routine mine = before.routines().create("Mornings");
        before.routines().addItem(mine.id(), new RoutineItem("bridge", Optional.of("Ball squeeze"),
                java.util.OptionalInt.of(12), java.util.OptionalInt.empty(), java.util.OptionalInt.empty()));
        SessionRecord underWay = Sessions.full(3, 2, 2).ended(Sessions.full(3, 2, 2).startedAt(),
                SessionStatus.INTERRUPTED);
        before.store().saveInProgress(underWay);
        AerobicEntry walk = AerobicEntry.logged(java.time.LocalDate.of(2026, 11, 2), "walking", "Walking", 30,
                HistoryStoreTest.CLOCK.instant());
        before.store().aerobic().save(walk);
        // A pain of 42, written by something that ignored the table's CHECK rule.
        before.store().database().read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA ignore_check_constraints = ON");
                s.execute("UPDATE session SET pain_before = 42 WHERE id = 'session-2'");
            }
            return null;
        });
        before.store().close();
        byte[] damaged = Files.readAllBytes(file());

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(1, opened.notices().size(), opened.notices().toString());
        StoreNotice notice = opened.notices().get(0);
        assertEquals(List.of("is damaged: CHECK constraint failed in session"),
                notice.problems().stream().map(p -> p.message()).toList());
        assertArrayEquals(damaged, Files.readAllBytes(notice.keptAs().orElseThrow()), "kept as it was");
        assertEquals(1, notice.kept(), "session-2 breaks the rule; session-3 is still under way");
        assertEquals(List.of(Sessions.full(1, 4, 2)), Histories.all(opened.store()));
        assertEquals(Optional.of(underWay), opened.store().interrupted(), "still offered back");
        assertEquals(before.routines().routines(), opened.routines().routines(), "routines whole, items included");
        assertEquals("my-routine-2", opened.routines().create("Evenings").id(), "the counter came along too");
        assertEquals(List.of(walk), opened.store().aerobic().all(), "the aerobic minutes came along too");
    }

    @Test
    void aFileSetAsideIsWholeOnItsOwnWithNoLogLeftBesideIt() throws IOException {
        newerVersionFile();
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        Path keptAs = opened.notices().get(0).keptAs().orElseThrow();
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            assertTrue(Files.notExists(keptAs.resolveSibling(keptAs.getFileName() + suffix)), suffix);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(OpeningLock.FILE, Database.FILE, Database.FILE + "-shm", Database.FILE + "-wal",
                    keptAs.getFileName().toString()), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aJournalLeftBesideAFileSetAsideGoesWithIt() throws IOException {
        newerVersionFile();
        // A journal SQLite left zeroed (not "hot"): it belongs to the old file, not to the fresh one.
        byte[] journal = new byte[512];
        Files.write(dir.resolve(Database.FILE + "-journal"), journal);

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        Path keptAs = opened.notices().get(0).keptAs().orElseThrow();
        assertArrayEquals(journal, Files.readAllBytes(keptAs.resolveSibling(keptAs.getFileName() + "-journal")));
        assertTrue(Files.notExists(dir.resolve(Database.FILE + "-journal")));
        opened.store().add(Sessions.bare(0));
        assertEquals(List.of(Sessions.bare(0)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void theFreshFileThatTakesTheDamagedOnesPlaceIsForItsOwnerAlone() throws IOException {
        newerVersionFile();
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(Sessions.bare(0));
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        for (String name : List.of(Database.FILE, Database.FILE + "-wal", Database.FILE + "-shm")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))),
                    name);
        }
    }

    private void newerVersionFile() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(1, 4, 2));
        store.database().read(c -> c.createStatement().execute("PRAGMA user_version = " + (Schema.VERSION + 1)));
        store.close();
    }
}
