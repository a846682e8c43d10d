package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.DirectPointer;
import app.kneecoach.ui.testing.TestServices;

import app.kneecoach.session.FakeClock;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Tests that open windows of their own, each test with its own data folder and fake clock. */
public abstract class FreshWindowsTest {
    protected final FakeClock clock = new FakeClock();
    protected final Path dataDir = TestServices.freshFolder();
    protected final FxRobot robot = new FxRobot();

    @BeforeEach
    void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        DirectPointer.install(robot);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        // The primary stage outlives the test class: leave it at the usual size (tests that follow find their
        // lists as long as they expect) and no window behind for the next test's lookups.
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> {
            primary.setWidth(MainWindow.WIDTH);
            primary.setHeight(MainWindow.HEIGHT);
        });
        FxToolkit.cleanupStages();
    }
}
