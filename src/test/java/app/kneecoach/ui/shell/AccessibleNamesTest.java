package app.kneecoach.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Every control a user can operate, in every section and in the player, has a name a screen reader can say. */
class AccessibleNamesTest extends DataWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void everyControlHasAnAccessibleName(FxRobot robot) {
        fullHd(robot);
        List<String> unnamed = new ArrayList<>();
        for (KeyCode section : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7)) {
            robot.press(KeyCode.CONTROL).type(section).release(KeyCode.CONTROL);
            collect(robot.window(0).getScene().getRoot(), section.toString(), unnamed);
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.clickOn("#start-session");
        collect(robot.window(0).getScene().getRoot(), "pain check-in", unnamed);
        robot.clickOn("#skipButton");
        collect(robot.window(0).getScene().getRoot(), "player", unnamed);
        assertEquals(List.of(), unnamed);
    }

    private static void collect(Node node, String where, List<String> unnamed) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control && control.isFocusTraversable() && !isContainer(control)
                && !hasName(control)) {
            unnamed.add(where + ": " + control.getClass().getSimpleName() + " #" + control.getId());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, where, unnamed));
        }
    }

    /** Containers and scroll bars are navigated through, not operated; their content is checked instead. */
    private static boolean isContainer(Control control) {
        return control instanceof ScrollPane || control instanceof SplitPane || control instanceof ScrollBar;
    }

    private static boolean hasName(Control control) {
        String accessible = control.getAccessibleText();
        if (accessible != null && !accessible.isBlank()) {
            return true;
        }
        if (control instanceof TextField field) {
            return field.getPromptText() != null && !field.getPromptText().isBlank();
        }
        return control instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank();
    }
}
