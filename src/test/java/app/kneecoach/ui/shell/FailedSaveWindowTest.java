package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.FxWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.Faults;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Saving fails during a session (a read-only folder): the window says so wherever the user is, and nothing is lost. */
class FailedSaveWindowTest extends DataWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aSaveThatFailsIsShownKeptAndFiledByTryAgain(FxRobot robot) throws IOException {
        HistoryStore store = services.storage().store();
        Faults.readOnly(store, true);
        robot.clickOn("Supine hamstring stretch").clickOn("#start-session");
        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        clock.advanceSeconds(5 + 30);
        FxWait.until(() -> robot.lookup(".save-bar").query().isVisible());
        assertTrue(robot.lookup(".player").tryQuery().isPresent(), "shown over the player, which carries on");
        assertTrue(text(robot, "#saveDetail").contains("read-only"), text(robot, "#saveDetail"));

        robot.type(KeyCode.ESCAPE).clickOn("#finishButton");
        robot.clickOn("#pain-3").clickOn("#note").write("stiff but fine").type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#detail-name").tryQuery().isPresent());
        assertTrue(robot.lookup(".save-bar").query().isVisible(), "still shown back on the main window");
        assertEquals(List.of(), savedSessions(), "nothing was written");
        robot.clickOn("#historyNav");
        assertTrue(text(robot, "#history-unsaved").startsWith("1 session is not saved yet"),
                "History does not look as if it were lost");

        Faults.readOnly(store, false);
        robot.clickOn("#retryButton");
        assertEquals("Everything is saved now", text(robot, "#saveTitle"));
        FxWait.until(() -> robot.lookup("#history-week").tryQuery().isPresent());
        assertEquals("This week: 1 of 7 days", text(robot, "#history-week"), "History shows it at once");
        assertTrue(robot.lookup("#history-unsaved").tryQuery().isEmpty());
        assertFalse(robot.lookup("#saveButtons").query().isVisible(), "nothing left to retry");
        SessionRecord saved = savedSessions().get(0);
        assertEquals(OptionalInt.of(5), saved.painBefore());
        assertEquals(OptionalInt.of(3), saved.painAfter());
        assertEquals(Optional.of("stiff but fine"), saved.noteAfter());
        assertEquals(1, saved.exercises().get(0).setsCompleted());
    }

    @Test
    void closingTheWindowDuringASessionAsksAndEnterKeepsItOpen(FxRobot robot) {
        robot.clickOn("Supine hamstring stretch").clickOn("#start-session");
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        Stage stage = (Stage) robot.window(0);
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxWait.until(() -> robot.lookup(".app-dialog").tryQuery().isPresent());
        String question = robot.lookup(".app-dialog .content").queryAs(Label.class).getText();
        assertTrue(question.startsWith("A session is under way"), question);
        assertEquals("Resume", robot.lookup("#pauseButton").queryButton().getText(), "paused while asking");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup(".app-dialog").tryQuery().isEmpty());
        assertTrue(stage.isShowing(), "Enter is the safe answer: the window stays open");
        assertTrue(robot.lookup(".player").tryQuery().isPresent(), "and the session goes on");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
