package app.kneecoach.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Appearance;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.userdata.Theme;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Large text in a small window: the Exercises and Routines sections show their list, then the chosen item in its
 * place with a way back, by mouse and by keyboard; with room again, both side by side and no Back button.
 */
class OneAtATimeTest extends FreshWindowsTest {

    @Test
    void theListThenTheExerciseAndBackByKeyboardAndMouse() throws Exception {
        AppServices services = open(900, 600, 200);
        assertTrue(shown(".exercise-list"), "the list first");
        assertFalse(shown("#start-session"), "without the exercise");

        robot.write("bridge").type(KeyCode.ENTER);
        assertEquals("exerciseList", focusId(), "Enter in the search box goes to the first match");
        robot.type(KeyCode.ENTER);
        assertFalse(shown(".exercise-list"), "the exercise in the list's place");
        assertEquals("Bridge", ((Label) robot.lookup("#detail-name").query()).getText());
        assertEquals("start-session", focusId(), "Enter still reaches Start");

        robot.type(KeyCode.ESCAPE);
        assertTrue(shown(".exercise-list"), "Esc goes back to the list");
        assertEquals("exerciseList", focusId());

        robot.clickOn("Bridge");
        assertTrue(shown("#exercises-back"), "a click on an exercise shows it, with Back");
        assertEquals("exercises-back", focusId());
        robot.clickOn("#exercises-back");
        assertTrue(shown(".exercise-list"));

        robot.press(KeyCode.DOWN).release(KeyCode.DOWN).type(KeyCode.ENTER);
        assertFalse(shown(".exercise-list"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertTrue(shown(".exercise-list"), "Ctrl+1 shows the list again");
        assertEquals("search", focusId(), "and typing searches");

        resize(services, 1200, 800, 100);
        assertTrue(shown(".exercise-list") && shown("#start-session"), "with room, both");
        assertFalse(shown("#exercises-back"), "and no Back button");
        assertEquals(2, robot.lookup(".exercises-view").queryAs(SplitPane.class).getItems().size());
    }

    @Test
    void aNewRoutineOpensInTheListsPlace() throws Exception {
        open(900, 600, 200);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        FxWait.until(() -> shown("#newRoutine"));
        robot.clickOn("#newRoutine");
        assertTrue(shown("#routine-name-field"), "the new routine's editor");
        assertFalse(shown(".exercise-list"));
        robot.clickOn("#routines-back");
        assertTrue(shown(".exercise-list"));
        assertEquals("routineList", focusId());
    }

    private AppServices open(int width, int height, int text) throws Exception {
        AppServices services = TestServices.in(dataDir, clock, SoundPlayer.silent());
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(), services));
        resize(services, width, height, text);
        return services;
    }

    private void resize(AppServices services, int width, int height, int text) {
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            Appearance.apply(stage.getScene().getRoot(),
                    services.userSettings().settings().withLook(Theme.LIGHT, text));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** In the window and visible (a node taken out of the split is not in the window at all). */
    private boolean shown(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String focusId() {
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.window(0).getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }
}
