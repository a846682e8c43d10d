package app.kneecoach.ui.settings;

import app.kneecoach.ui.shell.DataWindowTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.Theme;
import app.kneecoach.userdata.UserSettings;
import app.kneecoach.session.Side;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Settings changed in the window are saved with the user's data and used by the next session. */
class SettingsTest extends DataWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void settingsAreSavedAndTheNextSessionUsesThem(FxRobot robot) {
        fullHd(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        robot.clickOn("#setting-left-first");
        robot.clickOn("#setting-get-ready").type(KeyCode.UP, 3);
        robot.clickOn("#setting-sound");
        assertEquals("Saved.", robot.lookup("#settings-status").queryAs(Label.class).getText());

        UserSettings saved = savedSettings();
        assertEquals(Side.LEFT, saved.firstSide());
        assertEquals(8, saved.getReadySeconds());
        assertTrue(!saved.sound());

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.clickOn("Supine hamstring stretch");
        assertTrue(robot.lookup(".setup-order").queryAs(Label.class).getText().startsWith("All sets on the left leg"));
        robot.clickOn("#start-session").clickOn("#skipButton");
        assertEquals("Left leg\u2002\u00b7\u2002set 1 of 2", robot.lookup(".player-where").queryAs(Label.class).getText());
        assertEquals("8", robot.lookup(".player-big").queryAs(Label.class).getText());
        assertEquals("Sound off", robot.lookup("#muteButton").queryAs(javafx.scene.control.ToggleButton.class).getText());
    }

    @Test
    void settingsAreBackAfterARestart(FxRobot robot) {
        fullHd(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        robot.clickOn("#setting-left-first").clickOn("#setting-sound").clickOn("#setting-theme-dark");

        // A restart: a new window on fresh services that read the same data folder.
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> show(stage));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("#setting-left-first").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        assertTrue(!robot.lookup("#setting-sound").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertTrue(robot.lookup("#setting-theme-dark").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        assertTrue(robot.lookup(".window-shell").query().getStyleClass().contains("theme-dark"), "the theme is applied");
    }

    private UserSettings savedSettings() {
        return app.kneecoach.userdata.SettingsStore.open(dataDir, java.time.Clock.systemUTC()).store().settings();
    }

    @Test
    void aSettingThatCannotBeSavedIsUsedForNowAndSaysSoInItsCard(FxRobot robot) throws Exception {
        fullHd(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        // A folder where the file must go: the write fails as on a broken disk.
        Files.deleteIfExists(dataDir.resolve("settings.json"));
        java.nio.file.Path blocker = Files.createDirectories(dataDir.resolve("settings.json").resolve("blocked"));
        robot.clickOn("#setting-theme-dark");
        Label problem = robot.lookup("#settings-problem").queryAs(Label.class);
        assertTrue(problem.getText().startsWith("In use for now, but not saved"), problem.getText());
        assertTrue(robot.lookup("#setting-theme-dark").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "the control shows what is in force: the dark theme, for this run");
        assertTrue(robot.lookup(".window-shell").query().getStyleClass().contains("theme-dark"));
        assertTrue(Files.isDirectory(blocker), "nothing was written in its place");
        assertTrue(problem.localToScene(problem.getBoundsInLocal()).getMaxY()
                < robot.lookup("#setting-theme-dark").query().localToScene(0, 0).getY() + 400, "next to it");

        Files.delete(blocker);
        Files.delete(blocker.getParent());
        robot.clickOn("#setting-theme-light").clickOn("#setting-theme-dark");
        assertTrue(robot.lookup("#settings-problem").tryQuery().isEmpty());
        assertTrue(robot.lookup(".window-shell").query().getStyleClass().contains("theme-dark"));
        assertEquals(Theme.DARK, savedSettings().theme());
    }
}
