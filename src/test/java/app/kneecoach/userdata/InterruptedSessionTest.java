package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session found unfinished at start-up stays on offer until the user keeps or discards it, and only then. */
class InterruptedSessionTest {
    private static final SessionRecord LEFT_OVER = Sessions.full(1, 5, 5).ended(
            Sessions.full(1, 5, 5).startedAt().plus(Duration.ofMinutes(4)), SessionStatus.INTERRUPTED);
    @TempDir
    Path dir;
    private HistoryStore store;

    @BeforeEach
    void aSessionWasUnderWayWhenTheAppStopped() throws IOException {
        HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().saveInProgress(LEFT_OVER);
        store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        assertEquals(Optional.of(LEFT_OVER), store.interrupted());
    }

    @Test
    void addingAnotherSessionLeavesItOnOffer() throws IOException {
        store.add(Sessions.bare(3));
        assertEquals(Optional.of(LEFT_OVER), store.interrupted());
        assertEquals(List.of(Sessions.bare(3)), Histories.all(store));
    }

    @Test
    void keepingItTakesItOffOffer() throws IOException {
        store.add(LEFT_OVER);
        assertEquals(Optional.empty(), store.interrupted());
        assertEquals(List.of(LEFT_OVER), Histories.all(store));
    }

    @Test
    void savingItAgainAsUnderWayLeavesItOnOfferAndOutOfTheHistory() throws IOException {
        SessionRecord further = LEFT_OVER.ended(LEFT_OVER.endedAt().plus(Duration.ofMinutes(1)),
                SessionStatus.INTERRUPTED);
        store.saveInProgress(further);
        assertEquals(Optional.of(LEFT_OVER), store.interrupted(), "the user has not chosen yet");
        assertEquals(List.of(), Histories.all(store));
        assertEquals(Optional.of(further), HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().interrupted());
    }

    @Test
    void discardingItTwiceIsHarmless() throws IOException {
        store.discardInProgress();
        store.discardInProgress();
        assertEquals(Optional.empty(), store.interrupted());
        assertEquals(Optional.empty(), HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().interrupted());
        assertEquals(List.of(), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void discardingNeverRemovesAFinishedSession() throws IOException {
        HistoryStore other = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        other.add(LEFT_OVER);
        store.discardInProgress();
        assertEquals(List.of(LEFT_OVER), Histories.reopened(dir, HistoryStoreTest.CLOCK),
                "kept by another window in between: only an unfinished one is discarded");
    }
}
