package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.WindowPlacement;
import app.kneecoach.userdata.WindowStore;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Ctrl+Q closes the window the way its close button does: its place kept, a session under way asked about and kept. */
class QuitTest extends DataWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void ctrlQClosesTheWindowAndKeepsItsPlace(FxRobot robot) {
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        FxWait.until(() -> !stage.isShowing());
        WindowPlacement kept = WindowStore.open(dataDir, TestServices.wall(clock)).store().placement().orElseThrow();
        assertEquals(Math.round(stage.getScene().getWidth()), kept.width());
        assertEquals(Math.round(stage.getScene().getHeight()), kept.height());
    }

    @Test
    void ctrlQDuringASessionAsksThenKeepsTheSetsDone(FxRobot robot) throws Exception {
        Stage stage = (Stage) robot.window(0);
        robot.clickOn("Supine hamstring stretch").clickOn("#start-session");
        robot.type(KeyCode.DIGIT4).type(KeyCode.ENTER);
        clock.advanceSeconds(5 + 30);
        FxWait.until(() -> "Rest".equals(robot.lookup(".player-phase").queryAs(Label.class).getText()));
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup(".app-dialog").tryQuery().isPresent());
        String question = robot.lookup(".app-dialog .content").queryAs(Label.class).getText();
        assertTrue(question.startsWith("A session is under way"), question);
        assertTrue(stage.isShowing(), "nothing closed before the answer");
        robot.clickOn("Close anyway");
        FxWait.until(() -> !stage.isShowing());
        SessionRecord kept = savedHistory().interrupted().orElseThrow();
        assertEquals(1, kept.exercises().get(0).setsCompleted(), "the set done is kept, offered back at the next start");
        assertFalse(kept.painBefore().isEmpty());
    }
}
