package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Routine;
import app.kneecoach.json.FileProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that cannot be kept where they belong, or cannot be read back: the app still opens, keeps this run's
 * records in memory and says so once, in plain words.
 */
class UnusableRecordsTest {
    @TempDir
    Path dir;

    @Test
    void aFileWhereTheDataFolderShouldBeKeepsTheRecordsInMemory() throws IOException {
        Path folder = Files.writeString(dir.resolve("knee-coach"), "not a folder");

        HistoryStore.Opened opened = HistoryStore.open(folder, HistoryStoreTest.CLOCK);

        StoreNotice notice = single(opened.notices());
        assertEquals(StoreNotice.Kind.NOT_SAVED, notice.kind());
        assertEquals(folder, notice.file());
        assertEquals(List.of(new FileProblem(folder.toString(), "", 0, 0, "is a file, not a folder")), notice.problems());
        assertEquals(Optional.empty(), opened.store().file(), "in memory");
        assertEquals(Optional.empty(), opened.imported());
        assertWorksInMemory(opened);
        assertEquals("not a folder", Files.readString(folder), "the file is left alone");
    }

    @Test
    void aFileHigherUpInThePathIsNamed() throws IOException {
        Path blocker = Files.writeString(dir.resolve("share"), "");
        Path folder = blocker.resolve("knee-coach");

        HistoryStore.Opened opened = HistoryStore.open(folder, HistoryStoreTest.CLOCK);

        StoreNotice notice = single(opened.notices());
        assertEquals(StoreNotice.Kind.NOT_SAVED, notice.kind());
        assertEquals(blocker.toAbsolutePath() + " is a file, not a folder", notice.problems().get(0).message());
        assertWorksInMemory(opened);
    }

    @Test
    void otherFolderProblemsAreToldInPlainWords() {
        Path folder = dir.resolve("knee-coach");
        assertEquals("cannot be written to: you do not have the rights to it",
                DatabaseOpening.folderProblem(folder, new AccessDeniedException(folder.toString())));
        assertEquals("the disk is on fire", DatabaseOpening.folderProblem(folder, new IOException("the disk is on fire")));
        assertEquals("java.io.IOException", DatabaseOpening.folderProblem(folder, new IOException()),
                "with no message, at least the kind of failure");
    }

    @Test
    void recordsThatCannotBeReadBackAreLeftAloneAndThisRunIsKeptInMemory() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(Sessions.bare(0));
        store.saveInProgress(Sessions.full(1, 4, 2));
        // A status this version does not know, as a later one might write.
        store.database().read(c -> c.createStatement().executeUpdate(
                "UPDATE session SET status = 'paused' WHERE in_progress = 1"));
        store.close();
        byte[] records = Files.readAllBytes(dir.resolve(Database.FILE));

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        StoreNotice notice = single(opened.notices());
        assertEquals(StoreNotice.Kind.NOT_SAVED, notice.kind());
        assertEquals(dir.resolve(Database.FILE), notice.file());
        String message = notice.problems().get(0).message();
        assertTrue(message.startsWith("could not be read: ") && message.contains("unknown SessionStatus \"paused\""),
                message);
        assertEquals(Optional.empty(), opened.store().file());
        assertEquals(Optional.empty(), opened.store().interrupted());
        assertEquals(List.of(), Histories.all(opened.store()));
        assertWorksInMemory(opened);
        assertTrue(java.util.Arrays.equals(records, Files.readAllBytes(dir.resolve(Database.FILE))),
                "the records file is not touched");
    }

    @Test
    void aValueTheRecordsDoNotKnowIsNamedWhenTheHistoryIsRead() throws IOException {
        for (String change : List.of("UPDATE exercise_side SET side = 'middle' WHERE position = 0",
                "UPDATE session_exercise SET mode = 'sideways' WHERE position = 0",
                "UPDATE session_exercise SET outcome = 'vanished' WHERE position = 0")) {
            HistoryStore fresh = HistoryStore.open(dir.resolve(String.valueOf(change.hashCode())),
                    HistoryStoreTest.CLOCK).store();
            fresh.add(Sessions.full(1, 4, 2));
            fresh.database().read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate(change);
                }
            });
            String value = change.replaceAll(".*= '([a-z]+)' WHERE.*", "$1");
            IOException failed = assertThrows(IOException.class, () -> Histories.all(fresh), change);
            assertTrue(failed.getMessage().contains("\"" + value + "\" in the records"), failed.getMessage());
        }
    }

    private static void assertWorksInMemory(HistoryStore.Opened opened) throws IOException {
        opened.store().add(Sessions.full(2, 3, 1));
        assertEquals(List.of(Sessions.full(2, 3, 1)), Histories.all(opened.store()));
        Routine mine = opened.routines().create("Mornings");
        assertEquals(List.of(mine), opened.routines().routines());
    }

    private static StoreNotice single(List<StoreNotice> notices) {
        assertEquals(1, notices.size(), notices.toString());
        return notices.get(0);
    }
}
