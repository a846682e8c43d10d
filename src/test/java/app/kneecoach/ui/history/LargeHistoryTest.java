package app.kneecoach.ui.history;

import app.kneecoach.ui.shell.FreshWindowsTest;
import app.kneecoach.ui.shell.MainWindow;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.userdata.SyntheticHistory;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * No size makes a valid history unreadable: 200,000 sessions (what the old single-file history refused as
 * too large) open, and the History view shows this week, the charts and the latest days, read by queries.
 */
class LargeHistoryTest extends FreshWindowsTest {
    static final int SESSIONS = 200_000;
    private static Path folder;

    @BeforeAll
    static void fill() throws Exception {
        folder = TestServices.freshFolder();
        SyntheticHistory.store(folder, SESSIONS, 11L);
    }

    @Test
    void twoHundredThousandSessionsOpenAndTheHistoryShowsTheLatest() throws Exception {
        // The synthetic sessions run four hours apart from 2020 on: "today" is the day of the last one.
        FakeClock atLastSession = new FakeClock();
        atLastSession.advance(Duration.between(atLastSession.now(), Instant.parse("2020-01-01T08:00:00Z")
                .plus(Duration.ofHours(4L * SESSIONS))));
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(),
                TestServices.in(folder, atLastSession, SoundPlayer.silent())));
        robot.clickOn("#historyNav");
        FxWait.until(() -> robot.lookup("#history-week").tryQuery().isPresent());
        assertEquals("This week: 7 of 7 days", robot.lookup("#history-week").queryAs(Label.class).getText());
        assertEquals(HistoryViewModel.DAYS_PER_PAGE, robot.lookup(".history-day").queryAll().size());
        assertTrue(robot.lookup("#history-earlier").tryQuery().isPresent(), "and earlier days on request");
        FxWait.until(() -> robot.lookup("#pain-chart").tryQuery().isPresent());
    }
}
