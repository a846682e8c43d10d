package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.FxWait;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.userdata.SessionRecord;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A whole session with the keyboard alone: find, start, rate, exercise, finish, rate, and it is saved. */
class KeyboardOnlyTest extends DataWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aWholeSessionWithoutTheMouse(FxRobot robot) throws java.io.IOException {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.type(KeyCode.TAB);
        robot.write("butterfly").type(KeyCode.ENTER);
        assertEquals("Seated butterfly stretch", robot.lookup("#detail-name").queryAs(Label.class).getText());
        robot.type(KeyCode.ENTER);
        assertEquals("start-session", robot.window(0).getScene().getFocusOwner().getId());
        robot.type(KeyCode.SPACE);

        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        FxWait.until(() -> "Get ready".equals(label(robot, ".player-phase")));
        robot.type(KeyCode.N);
        FxWait.until(() -> "Hold".equals(label(robot, ".player-phase")));
        clock.advanceSeconds(60);
        FxWait.until(() -> "Rest".equals(label(robot, ".player-phase")));
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE).type(KeyCode.SPACE);
        clock.advanceSeconds(60);
        FxWait.until(() -> "Done".equals(label(robot, ".player-phase")));
        robot.type(KeyCode.ENTER);

        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#detail-name").tryQuery().isPresent());
        SessionRecord saved = savedSessions().get(0);
        assertEquals(OptionalInt.of(3), saved.painBefore());
        assertEquals(OptionalInt.of(2), saved.painAfter());
        assertEquals(2, saved.exercises().get(0).setsCompleted());
    }

    /** At 200 % in the default window the Start button is below the fold: Enter brings it into view as it focuses it. */
    @Test
    void atTwiceTheTextSizeTheFocusedStartButtonIsScrolledIntoView(FxRobot robot) {
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.window(0);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(MainWindow.WIDTH);
            stage.setHeight(MainWindow.HEIGHT);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        robot.clickOn("#setting-text-size").clickOn("200%");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.write("bridge").type(KeyCode.ENTER).type(KeyCode.ENTER);
        javafx.scene.Node start = robot.window(0).getScene().getFocusOwner();
        assertEquals("start-session", start.getId());
        javafx.scene.Node scroll = robot.lookup("#detailScroll").query();
        FxWait.until(() -> {
            javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            javafx.geometry.Bounds button = start.localToScene(start.getLayoutBounds());
            return button.getMinY() >= view.getMinY() && button.getMaxY() <= view.getMaxY();
        });
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
