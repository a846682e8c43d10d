package app.kneecoach.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** In the Exercises section typing searches: at start, after Ctrl+1, and from the list, without a Tab. */
class SearchFocusTest extends DataWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void atStartTypingSearches(FxRobot robot) {
        robot.write("bridge").type(KeyCode.ENTER);
        assertEquals("Bridge", label(robot, "#detail-name"));
    }

    @Test
    void afterCtrl1TypingSearchesAndDownGoesIntoTheList(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.write("step").type(KeyCode.DOWN);
        assertEquals("Step ups", label(robot, "#detail-name"));
        assertEquals("exerciseList", robot.window(0).getScene().getFocusOwner().getId());
        robot.type(KeyCode.ENTER);
        assertEquals("start-session", robot.window(0).getScene().getFocusOwner().getId(), "Enter still reaches Start");
    }

    @Test
    void typingInTheListGoesOnInTheSearchBox(FxRobot robot) {
        robot.clickOn("Supine hamstring stretch");
        robot.write("lat");
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        assertEquals("lat", search.getText());
        assertEquals(search, robot.window(0).getScene().getFocusOwner());
        robot.write("eral").type(KeyCode.ENTER);
        assertEquals("Lateral leg raise", label(robot, "#detail-name"));
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
