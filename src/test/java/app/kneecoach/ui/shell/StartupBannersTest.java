package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;

import app.kneecoach.userdata.JsonImport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import app.kneecoach.sound.SoundPlayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the window says at start-up about the user's data, each case with its own data folder. */
class StartupBannersTest extends FreshWindowsTest {
    /** The warning's numbers, its dates written as Formats writes them for this machine's region. */
    private static final String RISING_PAIN_NUMBERS = "It was 3 on "
            + Formats.DEFAULT.shortDate(LocalDate.of(2026, 11, 24))
            + " and is 6 on " + Formats.DEFAULT.shortDate(LocalDate.of(2026, 11, 27));

    @Test
    void anInterruptedSessionCanBeKept() throws Exception {
        store().saveInProgress(session(0, 4, SessionStatus.INTERRUPTED));
        open();
        assertTrue(robot.lookup("#interrupted-session").query().isVisible());
        robot.clickOn("#keep-interrupted");
        assertTrue(robot.lookup("#interrupted-session").tryQuery().isEmpty());
        assertEquals(SessionStatus.INTERRUPTED, Histories.all(store()).get(0).status());
        assertEquals(Optional.empty(), store().interrupted());
    }

    @Test
    void anInterruptedSessionCanBeDiscarded() throws Exception {
        store().saveInProgress(session(0, 4, SessionStatus.INTERRUPTED));
        open();
        robot.clickOn("#discard-interrupted");
        // Asked once more; Enter would keep it, so the discard is a deliberate click.
        robot.clickOn("Discard it for good");
        assertTrue(robot.lookup("#interrupted-session").tryQuery().isEmpty());
        assertEquals(List.of(), Histories.all(store()));
        assertEquals(Optional.empty(), store().interrupted());
    }

    @Test
    void unreadableDataIsReportedWithWhereItWasKeptAndTheAppStillWorks() throws Exception {
        Files.writeString(dataDir.resolve(JsonImport.HISTORY_FILE), "{\"schemaVersion\": 1, \"sessions\": [");
        open();
        String text = texts("#data-problem .label");
        assertTrue(text.contains("history.json"), text);
        assertTrue(text.contains("history.json.unreadable-"), text);
        robot.clickOn("#search").write("bridge").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals("Bridge", robot.lookup("#detail-name").queryAs(Label.class).getText());
    }

    @Test
    void risingPainShowsTheWarningWithTheNumbersAboveEverySection() throws Exception {
        HistoryStore store = store();
        for (int day = 0; day < 4; day++) {
            store.add(session(day, 3 + day, SessionStatus.COMPLETED));
        }
        clock.advance(Duration.ofDays(3));
        open();
        String warning = texts("#safety-warning .label");
        assertTrue(warning.contains("Your knee pain is getting worse"), warning);
        assertTrue(warning.contains(RISING_PAIN_NUMBERS), warning);
        assertTrue(warning.contains("a week or two"), warning);
        robot.clickOn("#avoidNav");
        assertTrue(robot.lookup("#safety-warning").query().isVisible(), "not hidden behind a menu");
        robot.clickOn("#exercisesNav").clickOn("Supine hamstring stretch").clickOn("#start-session");
        String onCheckIn = texts(".pain-warning .label");
        assertTrue(onCheckIn.contains(RISING_PAIN_NUMBERS), "and on the check-in: " + onCheckIn);
    }

    @Test
    void improvingPainShowsNoWarning() throws Exception {
        HistoryStore store = store();
        for (int day = 0; day < 4; day++) {
            store.add(session(day, 6 - day, SessionStatus.COMPLETED));
        }
        clock.advance(Duration.ofDays(3));
        open();
        assertFalse(robot.lookup("#safety-warning").tryQuery().isPresent());
    }

    @Test
    void theWindowOpensBeforeTheHistoryHasBeenReadAndShowsItsCardsOnceItHas() throws Exception {
        HistoryStore store = store();
        for (int day = 0; day < 4; day++) {
            store.add(session(day, 3 + day, SessionStatus.COMPLETED));
        }
        store.saveInProgress(session(3, 6, SessionStatus.INTERRUPTED));
        clock.advance(Duration.ofDays(3));
        CompletableFuture<HistoryStore.Opened> reading = new CompletableFuture<>();
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(),
                TestServices.in(dataDir, clock, SoundPlayer.silent(), reading)));

        assertFalse(robot.lookup("#safety-warning").tryQuery().isPresent(), "no warning before the history is read");
        assertFalse(robot.lookup("#interrupted-session").tryQuery().isPresent());
        robot.clickOn("#search").write("bridge").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals("Bridge", robot.lookup("#detail-name").queryAs(Label.class).getText(), "usable meanwhile");
        robot.clickOn("#historyNav");
        assertTrue(robot.lookup("#history-reading").query().isVisible());

        reading.complete(HistoryStore.open(dataDir, TestServices.wall(clock)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#safety-warning").query().isVisible());
        assertTrue(robot.lookup("#interrupted-session").query().isVisible());
        assertFalse(robot.lookup("#history-reading").tryQuery().isPresent());
        assertEquals("This week: 4 of 7 days", robot.lookup("#history-week").queryAs(Label.class).getText());
    }

    @Test
    void aDataFolderThatIsAFileGivesOneCardThatCanBeClosed() throws Exception {
        Path file = Files.createTempFile("knee-coach", ".txt");
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(),
                TestServices.in(file, clock, SoundPlayer.silent())));
        assertEquals(1, robot.lookup("#data-problem").queryAll().size());
        String text = texts("#data-problem .label");
        assertTrue(text.contains("is a file, not a folder"), text);
        assertTrue(text.contains("kept only until you close it"), text);
        robot.clickOn("#data-problem-close");
        assertTrue(robot.lookup("#data-problem").tryQuery().isEmpty());
        robot.clickOn("#search").write("bridge").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals("Bridge", robot.lookup("#detail-name").queryAs(Label.class).getText(), "the app works on");
    }

    @Test
    void historyFilesOfAnEarlierVersionAreBroughtInAndSaidSoOnce() throws Exception {
        app.kneecoach.userdata.SyntheticHistory.write(dataDir, 3, 2L);
        open();
        String text = texts("#records-imported .label");
        assertTrue(text.contains("3 sessions and 0 routines from the files found in the data folder"), text);
        assertTrue(text.contains("history.json.imported-"), text);
        FxToolkit.cleanupStages();
        open();
        assertTrue(robot.lookup("#records-imported").tryQuery().isEmpty(), "once");
        robot.clickOn("#historyNav");
        FxWait.until(() -> robot.lookup(".history-day").tryQuery().isPresent());
    }

    private void open() throws TimeoutException {
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(),
                TestServices.in(dataDir, clock, SoundPlayer.silent())));
    }

    private HistoryStore store() {
        return HistoryStore.open(dataDir, TestServices.wall(clock)).store();
    }

    private String texts(String query) {
        return String.join(" | ", robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private SessionRecord session(int day, int pain, SessionStatus status) {
        return RecordedSessions.session(clock, day, pain, status);
    }
}
