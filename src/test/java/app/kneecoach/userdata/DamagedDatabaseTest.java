package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever is found in the records file's place is never written over: it is set aside with a timestamp and
 * reported, what SQLite can still read is carried over, and the app goes on with a working database.
 */
class DamagedDatabaseTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Database.FILE);
    }

    @Test
    void aFileThatIsNotADatabaseIsSetAside() throws IOException {
        byte[] garbage = "Knee Coach records, do not edit\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file(), garbage);
        StoreNotice notice = openedWithOneNotice();
        assertTrue(notice.problems().toString().contains("is not a Knee Coach records file"), notice.toString());
        assertArrayEquals(garbage, Files.readAllBytes(notice.keptAs().orElseThrow()));
        assertWorks();
    }

    @Test
    void anEmptyFileIsSetAside() throws IOException {
        Files.write(file(), new byte[0]);
        StoreNotice notice = openedWithOneNotice();
        assertTrue(notice.problems().toString().contains("is empty"), notice.toString());
        assertTrue(notice.keptAs().orElseThrow().getFileName().toString().startsWith(Database.FILE + ".unreadable-"));
        assertWorks();
    }

    @Test
    void aFolderInItsPlaceIsSetAside() throws IOException {
        Files.createDirectories(file().resolve("inside"));
        StoreNotice notice = openedWithOneNotice();
        assertTrue(notice.problems().toString().contains("is a folder"), notice.toString());
        assertTrue(Files.isDirectory(notice.keptAs().orElseThrow().resolve("inside")));
        assertWorks();
    }

    @Test
    void aDatabaseFromANewerVersionIsSetAsideUntouched() throws IOException, SQLException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(1, 4, 2));
        store.database().read(c -> c.createStatement().execute("PRAGMA user_version = " + (Schema.VERSION + 1)));
        store.close();
        byte[] newer = Files.readAllBytes(file());

        StoreNotice notice = openedWithOneNotice();
        assertTrue(notice.problems().toString().contains("newer version"), notice.toString());
        assertArrayEquals(newer, Files.readAllBytes(notice.keptAs().orElseThrow()));
        assertEquals(0, notice.kept(), "not read: only the newer version knows what it holds");
        assertWorks();
    }

    @Test
    void aDamagedDatabaseKeepsWhatCanStillBeRead() throws IOException, SQLException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.addAll(IntStream.range(0, 300).mapToObj(Sessions::bare).toList());
        store.database().read(c -> c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        store.close();
        long pages = Files.size(file()) / 4096;
        // Scribble over the last pages of the file, as a failing disk might.
        try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
            raw.seek((pages - 2) * 4096);
            raw.write("x".repeat(2 * 4096).getBytes(StandardCharsets.US_ASCII));
        }

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(1, opened.notices().size());
        StoreNotice notice = opened.notices().get(0);
        assertTrue(notice.problems().toString().contains("is damaged"), notice.toString());
        assertTrue(notice.kept() > 0 && notice.kept() < 300, "some sessions carried over: " + notice.kept());
        assertEquals(notice.kept(), Histories.all(opened.store()).size());
        assertEquals("ok", quickCheck(file()));
    }

    @Test
    void everyEarlierSchemaVersionIsMigrated() throws IOException, SQLException {
        for (int version = 0; version < Schema.VERSION; version++) {
            Path folder = Files.createDirectories(dir.resolve("v" + version));
            try (Connection c = Database.connect(folder.resolve(Database.FILE)); Statement s = c.createStatement()) {
                for (List<String> migration : Schema.MIGRATIONS.subList(0, version)) {
                    for (String sql : migration) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + version);
            }
            HistoryStore.Opened opened = HistoryStore.open(folder, HistoryStoreTest.CLOCK);
            assertEquals(List.of(), opened.notices());
            opened.store().add(Sessions.full(0, 1, 1));
            opened.routines().create("After migration");
            try (Connection c = Database.connect(folder.resolve(Database.FILE)); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("PRAGMA user_version")) {
                r.next();
                assertEquals(Schema.VERSION, r.getInt(1), "from version " + version);
            }
        }
    }

    private StoreNotice openedWithOneNotice() {
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(1, opened.notices().size(), opened.notices().toString());
        assertEquals(StoreNotice.Kind.UNREADABLE, opened.notices().get(0).kind());
        assertEquals(file(), opened.notices().get(0).file());
        return opened.notices().get(0);
    }

    /** A fresh database took its place: sessions are saved and read back. */
    private void assertWorks() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(3, 2, 1));
        assertEquals(List.of(Sessions.full(3, 2, 1)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
        assertEquals("ok", quickCheck(file()));
    }

    private static String quickCheck(Path file) {
        try (Connection c = Database.connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            return e.toString();
        }
    }
}
