package app.kneecoach.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.SettingsStore;
import app.kneecoach.userdata.SyntheticHistory;
import app.kneecoach.userdata.UserSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application class as Main starts it: the window opens, then the history is read and shown. */
class KneeCoachAppTest {
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensAndTheHistoryFollowsIt() throws Exception {
        Path dataDir = Files.createTempDirectory("knee-coach-app");
        SyntheticHistory.write(dataDir, 200, 7);
        // Someone who has used the app: the welcome was seen, so the window opens on its sections.
        SettingsStore.open(dataDir, Clock.systemUTC()).store().apply(UserSettings.DEFAULT.withWelcomeSeen(true));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(KneeCoachApp.class, "--data-dir", dataDir.toString());
        assertTrue(robot.lookup("#detail-name").tryQuery().isPresent(), "the exercises are showing");
        robot.clickOn("#historyNav");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#history-week").tryQuery().isPresent());
        assertTrue(robot.lookup("#history-reading").tryQuery().isEmpty());
        assertTrue(robot.lookup("#export-csv").tryQuery().isPresent(), "sessions were read, so they can be exported");

        FxToolkit.cleanupApplication(app);
        app = null;
        assertTrue(Files.exists(dataDir.resolve("knee-coach.db")));
        assertFalse(Files.exists(dataDir.resolve("knee-coach.db-wal")),
                "closed at exit: the log is folded into the records file, which alone holds everything");
    }
}
