package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails is reported, the session is kept in memory, and a retry files it once the cause is gone. */
class FailedSaveTest {
    @TempDir
    Path dir;
    private final List<String> told = new ArrayList<>();

    @Test
    void aFullDiskIsReportedAndRetrySavesTheSessionOnceThereIsRoom() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionSaver saver = saverTellingWhy(store);
        Faults.fillDisk(store);

        // A whole routine's sets need new pages, which a full disk cannot give.
        SessionRecord finished = longRoutine().withPainAfter(OptionalInt.of(3),
                Optional.of("n".repeat(SessionRecord.NOTE_MAX)));
        saver.save(finished, true);
        assertEquals(List.of("FAILED: the disk is full"), told);
        assertTrue(saver.unsaved());
        assertEquals(List.of(finished), saver.unsavedSessions(), "kept in memory, pain after and note included");
        assertEquals(List.of(), Histories.reopened(dir, HistoryStoreTest.CLOCK), "nothing half written");

        saver.retry();
        assertEquals(2, told.size(), "still full: told again");
        Faults.freeDisk(store);
        saver.retry();
        assertEquals("SAVED", told.get(2));
        assertFalse(saver.unsaved());
        assertEquals(List.of(finished), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    /** Thirteen exercises of ten sets on each leg, as the longest routine could be. */
    private static SessionRecord longRoutine() {
        SessionRecord full = Sessions.full(2, 5, 3);
        List<SideResult> sides = List.of(Side.RIGHT, Side.LEFT).stream().map(side -> new SideResult(side,
                IntStream.rangeClosed(1, 10).mapToObj(set -> new SetResult(set, 30, 30, true)).toList())).toList();
        ExerciseRecord exercise = full.exercises().get(0);
        List<ExerciseRecord> exercises = IntStream.range(0, 13).mapToObj(i -> new ExerciseRecord(exercise.exerciseId(),
                exercise.exerciseName(), exercise.choice(), exercise.variation(), sides, exercise.outcome())).toList();
        return full.withExercises(exercises);
    }

    @Test
    void aLaterSaveMakesGoodAnEarlierOneThatFailed() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionSaver saver = saverTellingWhy(store);
        Faults.readOnly(store, true);
        saver.save(Sessions.full(2, 5, 5), false);
        Faults.readOnly(store, false);
        saver.save(Sessions.full(2, 5, 3), true);
        assertEquals(List.of("FAILED: the data folder cannot be written to (it is read-only)", "SAVED"), told);
        assertEquals(List.of(Sessions.full(2, 5, 3)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void savesWaitingInTheQueueAreWrittenOnceAsTheLatest() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        List<Runnable> queued = new ArrayList<>();
        SessionSaver saver = new SessionSaver(() -> store, new Background(queued::add, Runnable::run));
        saver.save(Sessions.full(2, 5, 5), false);
        saver.save(Sessions.full(2, 5, 4), false);
        saver.save(Sessions.full(2, 5, 3), true);
        assertTrue(saver.unsaved());
        queued.get(0).run();
        assertFalse(saver.unsaved(), "the first job wrote the latest session");
        assertEquals(List.of(Sessions.full(2, 5, 3)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
        queued.get(1).run();
        queued.get(2).run();
        assertEquals(List.of(Sessions.full(2, 5, 3)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void aDataFolderRemovedUnderTheAppIsSaidRatherThanWrittenIntoTheVoid() throws IOException {
        Path folder = dir.resolve("data");
        HistoryStore store = HistoryStore.open(folder, HistoryStoreTest.CLOCK).store();
        SessionSaver saver = saverTellingWhy(store);
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
        saver.save(Sessions.full(1, 3, 2), true);
        assertEquals(1, told.size());
        assertTrue(told.get(0).startsWith("FAILED: the records file is no longer in the data folder"), told.get(0));
        assertEquals(List.of(Sessions.full(1, 3, 2)), saver.unsavedSessions(), "kept, to save a copy of");
    }

    @Test
    void aSecondSessionStartedWhileTheFirstCouldNotBeSavedDoesNotPushTheFirstOut() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionSaver saver = saverTelling(store);
        Faults.readOnly(store, true);
        SessionRecord first = Sessions.full(1, 5, 3);
        SessionRecord second = Sessions.full(2, 4, 2);
        saver.save(first, false);
        saver.save(first, true);
        saver.save(second, false);
        assertEquals(List.of(first, second), saver.unsavedSessions(), "both kept, each as last given");
        Faults.readOnly(store, false);
        saver.save(second, true);
        assertEquals("SAVED", told.get(told.size() - 1));
        assertFalse(saver.unsaved());
        assertEquals(List.of(first, second), Histories.reopened(dir, HistoryStoreTest.CLOCK));
        assertEquals(2, saver.written());
    }

    @Test
    void afterAReadOnlyFailureTheNextSaveOpensTheRecordsAnewAndSoSeesAFolderWritableAgain() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionSaver saver = saverTelling(store);
        Faults.readOnly(store, true);
        saver.save(Sessions.bare(1), true);
        saver.retry();
        assertEquals(List.of("FAILED", "FAILED"), told, "a new connection to a read-only folder fails too");
        Faults.readOnly(store, false);
        saver.retry();
        assertEquals("SAVED", told.get(2));
        assertEquals(List.of(Sessions.bare(1)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void whetherTheRecordsCanBeWrittenIsTriedWithAHarmlessWrite() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        assertTrue(store.database().writable());
        Faults.readOnly(store, true);
        assertFalse(store.database().writable());
        Faults.readOnly(store, false);
        assertTrue(store.database().writable());
    }

    @Test
    void recordsOpenedReadOnlyAreReadAndTheFirstWriteOpensThemAnewWhenTheFolderAllowsIt() throws Exception {
        HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().add(Sessions.bare(0));
        Path file = dir.resolve(Database.FILE);
        try (java.sql.Connection c = Database.connect(file)) {
            c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        // As on a read-only disk: opened as unchanging, every write refused.
        Database database = Database.readOnly(Database.connectReadOnly(file), file);
        assertEquals(1L, (long) database.read(c -> {
            try (var r = c.createStatement().executeQuery("SELECT count(*) FROM session")) {
                r.next();
                return r.getLong(1);
            }
        }), "readable");
        // The folder is writable here, so the first write opens the records anew (the old connection closed
        // first) and goes through.
        assertTrue(database.writable());
        database.close();
    }

    /** A saver that saves at once and notes each state it reports, with its problem. */
    private SessionSaver saverTellingWhy(HistoryStore store) {
        SessionSaver saver = Histories.saverAtOnce(store);
        saver.setListener((state, problem) -> told.add(state + problem.map(p -> ": " + p).orElse("")));
        return saver;
    }

    /** A saver that saves at once and notes each state it reports. */
    private SessionSaver saverTelling(HistoryStore store) {
        SessionSaver saver = Histories.saverAtOnce(store);
        saver.setListener((state, problem) -> told.add(state.toString()));
        return saver;
    }
}
