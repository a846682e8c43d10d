package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correcting and deleting what the history holds, and putting it back exactly; the aerobic minutes beside it. */
class HistoryEditsTest {
    private static final Instant NOW = HistoryStoreTest.CLOCK.instant();
    @TempDir
    Path dir;

    @Test
    void aDeletedSessionGoesWithItsExercisesSidesAndSetsAndComesBackExactly() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(0, 5, 4));
        store.add(Sessions.full(1, 4, 3));
        List<List<String>> before = rows(store);

        SessionRecord deleted = store.delete("session-0").orElseThrow();
        assertEquals(Sessions.full(0, 5, 4), deleted, "handed back whole, for undo");
        assertEquals(List.of(Sessions.full(1, 4, 3)), Histories.all(store));
        for (String child : List.of("session_exercise", "exercise_side", "exercise_set")) {
            assertTrue(rows(store).stream().noneMatch(row -> row.get(0).equals(child + ":session-0")),
                    "no " + child + " row is left behind");
        }

        store.add(deleted);
        assertEquals(before, rows(store), "every row of every table as it was, same id");
        assertEquals(List.of(Sessions.full(0, 5, 4), Sessions.full(1, 4, 3)),
                Histories.reopened(dir, HistoryStoreTest.CLOCK));
        assertEquals(Optional.empty(), store.delete("no-such-session"));
    }

    @Test
    void anEditChangesTheCheckInsOnlyAndIsKept() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionRecord original = Sessions.full(0, 5, 4);
        store.add(original);
        SessionRecord edited = original.withCheckIns(OptionalInt.empty(), Optional.empty(), OptionalInt.of(2),
                Optional.of("much better"));
        // What was done cannot be changed through an edit, only the ratings and notes.
        store.update(edited.withExercises(List.of()));

        assertEquals(List.of(edited), Histories.reopened(dir, HistoryStoreTest.CLOCK));
        store.update(original);
        assertEquals(List.of(original), Histories.all(store), "undone");

        store.delete(original.id());
        IOException gone = assertThrows(IOException.class, () -> store.update(edited));
        assertTrue(gone.getMessage().contains("no longer"), gone.getMessage());
    }

    @Test
    void aSessionUnderWayIsNeitherEditedNorDeleted() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionRecord underWay = Sessions.full(0, 5, 4);
        store.saveInProgress(underWay);
        assertEquals(Optional.empty(), store.delete(underWay.id()));
        assertThrows(IOException.class, () -> store.update(underWay.withCheckIns(OptionalInt.of(1),
                Optional.empty(), OptionalInt.empty(), Optional.empty())));
        assertEquals(Optional.of(underWay), HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().interrupted());
    }

    @Test
    void aerobicMinutesAreLoggedChangedDeletedAndPutBack() throws IOException {
        AerobicLog log = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().aerobic();
        AerobicEntry walk = AerobicEntry.logged(LocalDate.of(2026, 11, 23), "walking", "Walking", 30, NOW);
        AerobicEntry pool = AerobicEntry.logged(LocalDate.of(2026, 11, 23), "pool", "Pool exercise", 45,
                NOW.plusSeconds(60));
        AerobicEntry bike = AerobicEntry.logged(LocalDate.of(2026, 11, 10), "stationary-cardio", "Stationary cardio",
                20, NOW.plusSeconds(120));
        log.save(walk);
        log.save(pool);
        log.save(bike);
        assertEquals(Map.of(LocalDate.of(2026, 11, 23), List.of(walk, pool)), log.latestDays(1));
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 10)),
                List.copyOf(log.latestDays(5).keySet()), "newest first");

        AerobicEntry longer = walk.edited(LocalDate.of(2026, 11, 22), "walking", "Walking", 60);
        log.save(longer);
        assertEquals(List.of(bike, longer, pool), log.all());
        assertEquals(Optional.of(pool), log.delete(pool.id()));
        assertEquals(2, log.count());
        log.save(pool);
        assertEquals(List.of(bike, longer, pool), HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().aerobic()
                .all(), "on disk, same ids");
    }

    @Test
    void minutesOutsideOneToThreeHundredAreRefused() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThrows(IllegalArgumentException.class, () -> AerobicEntry.logged(day, "walking", "Walking", 0, NOW));
        assertThrows(IllegalArgumentException.class, () -> AerobicEntry.logged(day, "walking", "Walking", 301, NOW));
        assertEquals(300, AerobicEntry.logged(day, "walking", "Walking", 300, NOW).minutes());
        assertNotEquals(AerobicEntry.logged(day, "walking", "Walking", 5, NOW).id(),
                AerobicEntry.logged(day, "walking", "Walking", 5, NOW).id());
    }

    @Test
    void theSummaryListsDaysOfEitherKindAndCountsTheMinutes() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(Sessions.full(20, 5, 4));
        store.add(Sessions.full(22, 4, 3));
        AerobicEntry today = AerobicEntry.logged(LocalDate.of(2026, 11, 24), "walking", "Walking", 30, NOW);
        AerobicEntry sessionDay = AerobicEntry.logged(LocalDate.of(2026, 11, 23), "pool", "Pool exercise", 40, NOW);
        AerobicEntry lastWeek = AerobicEntry.logged(LocalDate.of(2026, 11, 18), "walking", "Walking", 25, NOW);
        for (AerobicEntry e : List.of(today, sessionDay, lastWeek)) {
            store.aerobic().save(e);
        }
        HistorySummary summary = HistorySummary.read(store, store.aerobic(), new HistorySummary.Request(
                LocalDate.of(2026, 11, 24), ZoneOffset.UTC, 2, 10, 3));

        assertEquals(List.of(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 23)),
                List.copyOf(summary.days().keySet()));
        assertEquals(new HistorySummary.Day(List.of(), List.of(today)), summary.days().get(LocalDate.of(2026, 11, 24)));
        assertEquals(new HistorySummary.Day(List.of(Sessions.full(22, 4, 3)), List.of(sessionDay)),
                summary.days().get(LocalDate.of(2026, 11, 23)));
        assertTrue(summary.moreDays());
        assertEquals(3, summary.aerobicEntries());
        assertEquals(95, summary.aerobicMinutesInLastWeek(), "the 24th, 23rd and 18th are in the last seven days (18 to 24)");
        assertEquals(List.of(new AerobicStats.WeekMinutes(LocalDate.of(2026, 11, 9), 0),
                new AerobicStats.WeekMinutes(LocalDate.of(2026, 11, 16), 25),
                new AerobicStats.WeekMinutes(LocalDate.of(2026, 11, 23), 70)), summary.aerobicWeeks());
    }

    /** Every row of every table, as text, each prefixed with its table and first column. */
    private static List<List<String>> rows(HistoryStore store) throws IOException {
        return store.database().read(c -> {
            List<List<String>> all = new ArrayList<>();
            for (String table : Schema.TABLES) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table
                        + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        List<String> row = new ArrayList<>(List.of(table + ":" + r.getString(1)));
                        for (int i = 2; i <= meta.getColumnCount(); i++) {
                            row.add(String.valueOf(r.getObject(i)));
                        }
                        all.add(row);
                    }
                }
            }
            return all;
        });
    }
}
