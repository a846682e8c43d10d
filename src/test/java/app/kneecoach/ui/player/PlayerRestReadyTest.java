package app.kneecoach.ui.player;

import app.kneecoach.ui.testing.WindowTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.Tone;
import app.kneecoach.ui.shell.MainWindow;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.PngWriter;
import app.kneecoach.ui.testing.TestServices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A rest that waits for the person, through the real window: chosen on the start card, ended with Space. */
class PlayerRestReadyTest extends WindowTest {
    private final FakeClock clock = new FakeClock();
    private final RecordingSound sound = new RecordingSound();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.show(stage, CatalogLoader.loadBundled(), TestServices.with(clock, sound));
    }

    @Test
    void theRestCountsUpUntilSpaceStartsTheNextSet(FxRobot robot) throws IOException {
        robot.clickOn("Supine hamstring stretch");
        CheckBox choice = robot.lookup("#setup-rest-until-ready").queryAs(CheckBox.class);
        assertFalse(choice.isSelected(), "off unless the setting says so");
        robot.clickOn(choice);
        robot.clickOn("#start-session");
        robot.clickOn("#pain-4").clickOn("#continueButton");
        Button ready = robot.lookup("#readyButton").queryButton();
        assertTrue(ready.isVisible() && ready.isDisabled(), "in its place, not yet usable");
        Bounds before = ready.localToScene(ready.getBoundsInLocal());

        clock.advanceSeconds(5 + 30);
        expect(robot, "Resting\u2002\u00b7\u2002planned 0:15", "0:00");
        clock.advanceSeconds(42);
        expect(robot, "Resting\u2002\u00b7\u2002planned 0:15", "0:42");
        assertEquals("rested", robot.lookup(".player-unit").queryAs(Label.class).getText());
        assertFalse(ready.isDisabled());
        assertEquals("I'm ready", ready.getText());
        assertFalse(robot.lookup("#pauseKeyHint").query().isVisible(), "only the button Space presses says Space");
        assertEquals(before, ready.localToScene(ready.getBoundsInLocal()), "the button did not move");
        assertEquals(1, sound.count(Tone.REST_PLANNED));
        capture(robot, "rest-until-ready-100.png");

        robot.type(KeyCode.SPACE);
        expect(robot, "Hold", "30");
        assertTrue(ready.isDisabled());
        assertTrue(robot.lookup("#pauseKeyHint").query().isVisible());
    }

    @Test
    void theSettingChoosesItForTheStartCardAndItFitsAtTheLargestText(FxRobot robot) throws IOException {
        robot.clickOn("#settingsNav");
        robot.clickOn("#setting-rest-until-ready");
        robot.clickOn("#exercisesNav").clickOn("Supine hamstring stretch");
        assertTrue(robot.lookup("#setup-rest-until-ready").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#settingsNav");
        robot.clickOn("#setting-text-size").clickOn("200%");
        robot.interact(() -> robot.lookup("#exercisesNav").queryAs(javafx.scene.control.ToggleButton.class).fire());
        // At 200 % in this window the section opens on its list, one at a time with the exercise's page.
        FxWait.clickOn(robot, "Supine hamstring stretch");
        robot.interact(() -> robot.lookup("#start-session").queryButton().fire());
        robot.interact(() -> robot.lookup("#skipButton").queryButton().fire());   // the check-in
        clock.advanceSeconds(5 + 30 + 20);
        expect(robot, "Resting\u2002\u00b7\u2002planned 0:15", "0:20");
        capture(robot, "rest-until-ready-200.png");
        robot.interact(() -> robot.lookup("#readyButton").queryButton().fire());
        expect(robot, "Hold", "30");
    }

    private static void expect(FxRobot robot, String phase, String big) {
        FxWait.until(() -> phase.equals(robot.lookup(".player-phase").queryAs(Label.class).getText())
                && big.equals(robot.lookup(".player-big").queryAs(Label.class).getText()));
    }

    /** Under target/, to be looked at; not part of the docs. */
    private void capture(FxRobot robot, String name) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        PngWriter.write(image.get(), Path.of("target", name));
    }
}
