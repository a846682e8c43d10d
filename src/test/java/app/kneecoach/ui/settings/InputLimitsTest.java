package app.kneecoach.ui.settings;

import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.shell.DataWindowTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.Routine;
import app.kneecoach.userdata.SessionRecord;
import java.io.IOException;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The longest note and routine name the window takes are saved and read back whole; longer is never taken. */
class InputLimitsTest extends DataWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theLongestNoteIsKeptWhole(FxRobot robot) throws IOException {
        robot.clickOn("Supine hamstring stretch").clickOn("#start-session");
        TextField note = robot.lookup("#note").queryAs(TextField.class);
        String pasted = "a".repeat(SessionRecord.NOTE_MAX - 1) + "bcdef";
        robot.interact(() -> note.replaceText(0, 0, pasted));
        assertEquals(SessionRecord.NOTE_MAX, note.getLength(), "what does not fit is not taken");
        assertEquals(Messages.DEFAULT.get("input.count", SessionRecord.NOTE_MAX, SessionRecord.NOTE_MAX),
                robot.lookup("#noteCount").queryAs(Label.class).getText());
        robot.clickOn("#note").type(KeyCode.END).write("xyz");
        assertEquals(SessionRecord.NOTE_MAX, note.getLength());
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE).clickOn("#finishButton");
        robot.clickOn("#skipButton");
        assertEquals(Optional.of("a".repeat(SessionRecord.NOTE_MAX - 1) + "b"), savedSessions().get(0).noteBefore());
    }

    @Test
    void theLongestRoutineNameIsKeptWhole(FxRobot robot) {
        robot.clickOn("#routinesNav").clickOn("#newRoutine");
        TextField name = robot.lookup("#routine-name-field").queryAs(TextField.class);
        String longest = "N".repeat(Routine.NAME_MAX);
        robot.interact(() -> name.setText(""));
        robot.interact(() -> name.replaceText(0, 0, longest + "too long"));
        assertEquals(longest, name.getText());
        robot.clickOn("#save-routine-name");
        assertEquals(longest, savedRoutines().routines().get(0).name());
    }
}
