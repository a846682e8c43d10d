package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saver's queue, stepped by hand: what it hands to the records thread, and when it writes. */
class SessionSaverTest {
    @TempDir
    Path dir;
    private HistoryStore store;
    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private SessionSaver saver;

    @BeforeEach
    void aSaverWithAQueueRunByHand() {
        store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        saver = new SessionSaver(() -> store, new Background(queued::add, Runnable::run));
        saver.setListener((state, problem) -> told.add(state + problem.map(p -> ": " + p).orElse("")));
    }

    @Test
    void nothingIsSavedOrUnsavedAtFirst() {
        assertFalse(saver.unsaved());
        assertEquals(List.of(), saver.unsavedSessions());
        assertEquals(SessionSaver.State.SAVED, saver.state());
        saver.retry();
        assertEquals(List.of(), queued, "nothing to try again");
    }

    @Test
    void retryingWhenEverythingIsSavedHandsNoWorkToTheRecordsThread() {
        saver.save(Sessions.full(2, 5, 5), false);
        queued.remove(0).run();
        assertFalse(saver.unsaved());
        saver.retry();
        assertEquals(List.of(), queued);
    }

    @Test
    void jobsStillQueuedAfterTheLatestWasWrittenDoNotWriteIt() throws IOException {
        saver.save(Sessions.full(2, 5, 5), false);
        saver.save(Sessions.full(2, 5, 3), true);
        queued.remove(0).run();
        assertFalse(saver.unsaved());
        // Were the remaining job to write again, it would fail now and say so.
        Faults.readOnly(store, true);
        queued.remove(0).run();
        assertEquals(List.of(), told);
        assertEquals(SessionSaver.State.SAVED, saver.state());
        Faults.readOnly(store, false);
        assertEquals(List.of(Sessions.full(2, 5, 3)), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void theStateFollowsAFailureAndTheSaveThatMakesItGood() throws IOException {
        Faults.readOnly(store, true);
        saver.save(Sessions.full(2, 5, 5), false);
        queued.remove(0).run();
        assertEquals(SessionSaver.State.FAILED, saver.state());
        assertTrue(saver.unsaved());

        Faults.readOnly(store, false);
        saver.retry();
        assertEquals(1, queued.size(), "the failed save is tried again");
        queued.remove(0).run();
        assertEquals(SessionSaver.State.SAVED, saver.state());
        assertFalse(saver.unsaved());
        assertEquals(List.of("FAILED: the data folder cannot be written to (it is read-only)", "SAVED"), told);
        assertEquals(Optional.of(Sessions.full(2, 5, 5)), HistoryStore.open(dir, HistoryStoreTest.CLOCK).store()
                .interrupted());
    }

    @Test
    void aFailureWithoutAMessageIsStillReported() {
        SessionSaver broken = new SessionSaver(() -> {
            throw new IllegalStateException();
        }, Background.sameThread());
        broken.setListener((state, problem) -> told.add(state + ": " + problem.orElse("")));
        broken.save(Sessions.bare(0), true);
        assertEquals(List.of("FAILED: java.lang.IllegalStateException"), told);
        assertEquals(SessionSaver.State.FAILED, broken.state());
    }
}
