package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.userdata.WindowPlacement;
import app.kneecoach.userdata.WindowStore;
import app.kneecoach.sound.SoundPlayer;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The window opens where it was closed, a fresh window each time on the same data folder, as after a restart. */
class WindowPlacementTest extends FreshWindowsTest {

    @Test
    void theWindowOpensWhereAndAsLargeAsItWasClosed() throws Exception {
        Stage first = open();
        placeAt130x70Sized1000x700(first);
        robot.interact(first::hide);
        assertEquals(Optional.of(new WindowPlacement(130, 70, 1000, 700, false)), saved());

        Stage again = open();
        assertEquals(130, again.getX());
        assertEquals(70, again.getY());
        assertEquals(1000, again.getScene().getWidth());
        assertEquals(700, again.getScene().getHeight());
    }

    @Test
    void aMaximizedWindowOpensMaximizedAndUnmaximizesToItsFormerSize() throws Exception {
        Stage first = open();
        placeAt130x70Sized1000x700(first);
        robot.interact(() -> first.setMaximized(true));
        robot.interact(first::hide);
        assertEquals(Optional.of(new WindowPlacement(130, 70, 1000, 700, true)), saved());
        Stage again = open();
        assertTrue(again.isMaximized());
    }

    @Test
    void aPlaceNoLongerOnAnyScreenKeepsTheSizeButNotThePosition() throws Exception {
        WindowStore.open(dataDir, TestServices.wall(clock)).store().save(new WindowPlacement(50_000, 50_000, 1000,
                700, false));
        Stage stage = open();
        Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        assertTrue(!Screen.getScreensForRectangle(bounds).isEmpty(), "on a screen: " + bounds);
        assertEquals(1000, stage.getScene().getWidth());
        assertEquals(700, stage.getScene().getHeight());
    }

    @Test
    void aDamagedPlaceFileIsReportedAndTheWindowOpensAsUsual() throws Exception {
        java.nio.file.Files.writeString(dataDir.resolve(WindowStore.FILE), "{\"schemaVersion\": 1, \"width\": \"wide\"");
        Stage stage = open();
        String text = String.join(" | ", robot.lookup("#data-problem .label")
                .queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText).toList());
        assertTrue(text.contains("window.json"), text);
        assertEquals(MainWindow.WIDTH, stage.getScene().getWidth());
    }

    private void placeAt130x70Sized1000x700(Stage stage) {
        robot.interact(() -> {
            stage.setX(130);
            stage.setY(70);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
    }

    private Stage open() throws TimeoutException {
        AtomicReference<Stage> stage = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Stage s = new Stage();
            MainWindow.show(s, CatalogLoader.loadBundled(), TestServices.in(dataDir, clock, SoundPlayer.silent()));
            stage.set(s);
        });
        return stage.get();
    }

    private Optional<WindowPlacement> saved() {
        return WindowStore.open(dataDir, TestServices.wall(clock)).store().placement();
    }
}
