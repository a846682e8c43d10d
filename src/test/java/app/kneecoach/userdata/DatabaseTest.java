package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.RoutineItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records database's own promises: whole transactions, a connection set up to wait for others, closing. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aTransactionThatFailsLeavesNothingBehindAndTheNextOneWorks() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        Database database = store.database();
        IOException failed = assertThrows(IOException.class, () -> database.write(c -> {
            SessionRows.write(c, Sessions.full(1, 4, 2), false);
            throw new SQLException("the work failed half way");
        }));
        assertTrue(failed.getMessage().contains("the work failed half way"), failed.getMessage());
        assertEquals(List.of(), Histories.all(store), "the half-written session was rolled back");

        store.add(Sessions.bare(2));
        assertEquals(List.of(Sessions.bare(2)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void aProgrammingErrorInATransactionIsRolledBackAndPassedOnAsItIs() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        IllegalStateException bug = new IllegalStateException("a bug, not bad data");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.database().write(c -> {
            SessionRows.write(c, Sessions.full(1, 4, 2), false);
            throw bug;
        }));
        assertSame(bug, thrown);
        store.add(Sessions.bare(2));
        assertEquals(List.of(Sessions.bare(2)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void theConnectionWaitsTenSecondsForAnotherProgramBeforeGivingUp() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        assertEquals(String.valueOf(Database.BUSY_TIMEOUT_MS), pragma(store, "busy_timeout"));
        assertEquals("wal", pragma(store, "journal_mode"));
        assertEquals("1", pragma(store, "foreign_keys"));
    }

    @Test
    void aClosedStoreReadsAndWritesNoMoreAndLeavesOnlyTheRecordsFile() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(1, 4, 2));
        assertTrue(Files.exists(dir.resolve(Database.FILE + "-wal")), "open in WAL mode");

        store.close();

        assertThrows(IOException.class, store::count);
        assertThrows(IOException.class, () -> store.add(Sessions.bare(2)));
        // The last connection to close folds the write-ahead log into the file and removes it.
        assertTrue(Files.notExists(dir.resolve(Database.FILE + "-wal")));
        assertTrue(Files.notExists(dir.resolve(Database.FILE + "-shm")));
        assertEquals(List.of(Sessions.full(1, 4, 2)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void readsSeeWhatWasCommittedAndAFailedReadSaysWhy() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(Sessions.bare(0));
        long found = store.database().read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM session WHERE id = ?")) {
                s.setString(1, "bare-0");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
        assertEquals(1, found);
        IOException failed = assertThrows(IOException.class, () -> store.database().read(
                c -> c.createStatement().executeQuery("SELECT * FROM no_such_table")));
        assertTrue(failed.getMessage().contains("no such table"), failed.getMessage());
        assertTrue(failed.getCause() instanceof SQLException);
    }

    @Test
    void anEarlierSchemaIsBroughtUpToDateInPlace() throws IOException, SQLException {
        Files.createDirectories(dir);
        try (Connection c = Database.connect(dir.resolve(Database.FILE)); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE leftover (x INTEGER)");
        }
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(List.of(), opened.notices(), "a version-0 file is migrated, not set aside");
        opened.store().add(Sessions.full(0, 1, 1));
        assertEquals(String.valueOf(Schema.VERSION), pragma(opened.store(), "user_version"));
        assertEquals("0", opened.store().database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM leftover")) {
                r.next();
                return r.getString(1);
            }
        }), "what was in the file is still there");
    }

    @Test
    void routinesOfSchemaVersionOneKeepTheirItemsAndGainAnEmptyTopHold() throws IOException, SQLException {
        Files.createDirectories(dir);
        try (Connection c = Database.connect(dir.resolve(Database.FILE)); Statement s = c.createStatement()) {
            for (String sql : Schema.MIGRATIONS.get(0)) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO routine (id, position, name, description) VALUES ('my-routine-1', 0, 'Old', '')");
            s.execute("INSERT INTO routine_item (routine_id, position, exercise_id, variation, target, sets) "
                    + "VALUES ('my-routine-1', 0, 'bridge', NULL, 12, 2)");
        }
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(List.of(), opened.notices());
        assertEquals(String.valueOf(Schema.VERSION), pragma(opened.store(), "user_version"));
        RoutineItem kept = opened.routines().routines().get(0).items().get(0);
        assertEquals(new RoutineItem("bridge", Optional.empty(), OptionalInt.of(12), OptionalInt.of(2),
                OptionalInt.empty()), kept, "the article's lowest top hold, as before");

        opened.routines().setItem("my-routine-1", 0, kept.withTopHoldSeconds(3));
        assertEquals(OptionalInt.of(3), HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines().routines().get(0)
                .items().get(0).topHoldSeconds());
    }

    @Test
    void aSchemaVersionTwoFileKeepsItsSessionsAndRoutinesAndGainsTheAerobicMinutes() throws IOException, SQLException {
        Files.createDirectories(dir);
        try (Connection c = Database.connect(dir.resolve(Database.FILE)); Statement s = c.createStatement()) {
            for (List<String> migration : Schema.MIGRATIONS.subList(0, 2)) {
                for (String sql : migration) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = 2");
            writeWithoutRests(c, s, Sessions.full(0, 5, 4), Sessions.bare(1));
            s.execute("INSERT INTO routine (id, position, name, description) VALUES ('my-routine-1', 0, 'Old', '')");
        }
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(List.of(), opened.notices(), "migrated, not set aside");
        assertEquals(String.valueOf(Schema.VERSION), pragma(opened.store(), "user_version"));
        assertEquals(List.of(Sessions.full(0, 5, 4), Sessions.bare(1)), Histories.all(opened.store()));
        assertEquals("Old", opened.routines().routines().get(0).name());
        assertEquals(0, opened.store().aerobic().count(), "an empty aerobic log to begin with");
        assertEquals(List.of(), opened.routines().schedules().schedules(), "and no schedules");

        AerobicEntry walk = AerobicEntry.logged(LocalDate.of(2026, 11, 2), "walking", "Walking", 30,
                HistoryStoreTest.CLOCK.instant());
        opened.store().aerobic().save(walk);
        opened.store().close();
        assertEquals(List.of(walk), HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().aerobic().all());
    }

    @Test
    void aSchemaVersionFourFileKeepsItsSetsWithNoRestAndNewSetsKeepTheirs() throws IOException, SQLException {
        Files.createDirectories(dir);
        try (Connection c = Database.connect(dir.resolve(Database.FILE)); Statement s = c.createStatement()) {
            for (List<String> migration : Schema.MIGRATIONS.subList(0, 4)) {
                for (String sql : migration) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = 4");
            writeWithoutRests(c, s, Sessions.full(0, 5, 4));
        }
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(List.of(), opened.notices(), "migrated, not set aside");
        assertEquals(String.valueOf(Schema.VERSION), pragma(opened.store(), "user_version"));
        assertEquals(List.of(Sessions.full(0, 5, 4)), Histories.all(opened.store()), "every set kept, no rest known");

        SessionRecord rested = Sessions.rested(1, 65);
        opened.store().add(rested);
        opened.store().close();
        List<SessionRecord> read = Histories.all(HistoryStore.open(dir, HistoryStoreTest.CLOCK).store());
        assertEquals(rested, read.get(1));
        assertEquals(OptionalInt.of(65), read.get(1).exercises().get(0).sides().get(0).sets().get(0).restSeconds());
    }

    /** Writes sessions as a file before rests were kept has them: the rows this build writes, less that column. */
    private static void writeWithoutRests(Connection c, Statement s, SessionRecord... sessions) throws SQLException {
        s.execute("ALTER TABLE exercise_set ADD COLUMN rest_seconds INTEGER");
        for (SessionRecord session : sessions) {
            SessionRows.write(c, session, false);
        }
        s.execute("ALTER TABLE exercise_set DROP COLUMN rest_seconds");
    }

    private static String pragma(HistoryStore store, String name) throws IOException {
        return store.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                assertTrue(r.next(), name);
                return r.getString(1);
            }
        });
    }
}
