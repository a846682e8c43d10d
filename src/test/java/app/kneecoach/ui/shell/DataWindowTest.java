package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.testing.PickedFiles;
import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.ui.testing.WindowTest;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import app.kneecoach.userdata.RoutineStore;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The real window on a fake clock with a data folder of its own, and what that folder holds now. */
public abstract class DataWindowTest extends WindowTest {
    protected final FakeClock clock = new FakeClock();
    protected final Path dataDir = TestServices.freshFolder();
    /** What the window was opened with, e.g. to make its records fail. */
    protected AppServices services;
    /** What the window's file dialogs pick. */
    protected final PickedFiles files = new PickedFiles();

    /** Call from the subclass's {@code @Start}: TestFX looks for that method on the test class itself. */
    protected void show(Stage stage) {
        services = TestServices.in(dataDir, clock, SoundPlayer.silent(),
                CompletableFuture.completedFuture(HistoryStore.open(dataDir, TestServices.wall(clock))), files);
        MainWindow.show(stage, CatalogLoader.loadBundled(), services);
    }

    /** A full-HD window (the test screen is 1920x1200, see the surefire settings in pom.xml). */
    protected static void fullHd(FxRobot robot) {
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
    }

    protected HistoryStore savedHistory() {
        return HistoryStore.open(dataDir, TestServices.wall(clock)).store();
    }

    protected RoutineStore savedRoutines() {
        return HistoryStore.open(dataDir, TestServices.wall(clock)).routines();
    }

    /** Every session saved in the data folder, as the next start would read them. */
    protected List<SessionRecord> savedSessions() throws IOException {
        return Histories.reopened(dataDir, TestServices.wall(clock));
    }
}
