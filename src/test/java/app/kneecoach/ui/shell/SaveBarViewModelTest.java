package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.Faults;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The save bar without a window: sessions saved through the app's saver into a data folder of the test's own. */
class SaveBarViewModelTest {
    private final FakeClock clock = new FakeClock();
    private final AppServices services = TestServices.in(TestServices.freshFolder(), clock, SoundPlayer.silent());
    private final HistoryStore store = services.storage().store();
    private final SaveBarViewModel bar = new SaveBarViewModel(services);
    private int savedAgain;
    private int paused;

    SaveBarViewModelTest() {
        bar.onSavedAgain(() -> savedAgain++);
        bar.playerShowing(() -> paused++);
    }

    @Test
    void aSaveThatWorksShowsNoBar() {
        save();
        assertFalse(bar.shown().get());
        assertEquals(0, savedAgain);
        assertEquals(Optional.empty(), bar.closeRisk());
    }

    @Test
    void aFailureShowsTheBarWithTheProblemAndRetries() throws Exception {
        failOnce();
        assertTrue(bar.shown().get());
        assertFalse(bar.saved().get());
        assertEquals("Not everything you did is saved yet", bar.title().get());
        assertTrue(bar.detail().get().startsWith("Saving failed: "), bar.detail().get());
        assertTrue(bar.detail().get().contains("read-only"), bar.detail().get());
        assertFalse(bar.detail().get().contains("Tried again"), bar.detail().get());
        assertTrue(bar.retryShown().get());
        assertFalse(bar.closeShown().get());
        assertTrue(bar.retrying().get());
    }

    @Test
    void aSecondFailureSaysWhenItWasTriedAgain() throws Exception {
        failOnce();
        clock.advanceSeconds(SaveBarViewModel.RETRY_SECONDS);
        bar.retry();
        String triedAt = Formats.DEFAULT.timeWithSeconds(clock.now(), ZoneOffset.UTC);
        assertTrue(bar.detail().get().endsWith(" Tried again at " + triedAt + ": still not saved."),
                bar.detail().get());
        assertTrue(bar.retrying().get());
    }

    @Test
    void savedAgainSaysSoHidesTheButtonsAndCanBeClosed() throws Exception {
        failOnce();
        Faults.readOnly(store, false);
        bar.retry();
        assertTrue(bar.saved().get());
        assertEquals("Everything is saved now", bar.title().get());
        assertEquals("What could not be saved before is on disk now.", bar.detail().get());
        assertFalse(bar.retryShown().get());
        assertTrue(bar.closeShown().get());
        assertFalse(bar.retrying().get());
        assertEquals(1, savedAgain, "the history is shown again");
        assertEquals(Optional.empty(), bar.closeRisk());
        bar.closeBar();
        assertFalse(bar.shown().get());
    }

    @Test
    void closingAfterAFailedSaveWouldLoseItAndSaysWhy() throws Exception {
        failOnce();
        String risk = bar.closeRisk().orElseThrow();
        assertTrue(risk.startsWith("Some of what you did could not be saved yet: "), risk);
        assertTrue(risk.contains("read-only"), risk);
        assertEquals("Close anyway", bar.closeQuestion(risk).riskyAnswer());
        assertEquals("Keep Knee Coach open", bar.closeQuestion(risk).safeAnswer());
    }

    @Test
    void aCopySavedElsewhereKeepsTheSessionsAndTheQuestionSaysSo() throws Exception {
        failOnce();
        Path copy = TestServices.freshFolder().resolve("copy.json");
        bar.saveCopy((title, name) -> {
            assertEquals("Save a copy of the sessions not yet saved", title);
            assertEquals(SaveBarViewModel.COPY_FILE_NAME, name);
            return Optional.of(copy);
        });
        assertTrue(bar.copyResult().get().startsWith("A copy was saved to " + copy), bar.copyResult().get());
        assertTrue(Files.readString(copy).contains("\"s0-completed\""));
        assertTrue(bar.closeRisk().orElseThrow().startsWith("Your sessions could not be saved in the data folder: "));
    }

    @Test
    void withNothingUnsavedNoCopyIsAskedFor() {
        bar.saveCopy((title, name) -> {
            throw new AssertionError("asked where to save nothing");
        });
        assertEquals("", bar.copyResult().get());
    }

    @Test
    void closingDuringASessionPausesItAndAsks() {
        bar.sessionUnderWay(true);
        bar.closing();
        assertEquals(1, paused);
        assertTrue(bar.closeRisk().orElseThrow().startsWith("A session is under way."));
        bar.sessionUnderWay(false);
        bar.closing();
        assertEquals(1, paused, "no player to pause");
        assertEquals(Optional.empty(), bar.closeRisk());
    }

    @Test
    void closingWithRecordsKeptOnlyInMemoryAsksOnceSomethingWasSaved() throws Exception {
        Path file = Files.createTempFile("knee-coach", ".txt");
        AppServices inMemory = TestServices.in(file, clock, SoundPlayer.silent());
        SaveBarViewModel memoryBar = new SaveBarViewModel(inMemory);
        assertEquals(Optional.empty(), memoryBar.closeRisk());
        inMemory.saver().save(session(), true);
        assertTrue(memoryBar.closeRisk().orElseThrow().startsWith("The data folder cannot be used"));
    }

    /** The records turn read-only and a session's save fails. */
    private void failOnce() throws Exception {
        Faults.readOnly(store, true);
        save();
    }

    private void save() {
        services.saver().save(session(), true);
    }

    private SessionRecord session() {
        return RecordedSessions.session(clock, 0, 3, SessionStatus.COMPLETED);
    }
}
