package app.kneecoach.ui.history;

import app.kneecoach.ui.shell.DataWindowTest;
import app.kneecoach.ui.testing.FxWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Export, back up and restore through the window, the file dialogs answered by the test. */
class RecordsWindowTest extends DataWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void exportBackUpThenRestoreAfterAnotherSession(FxRobot robot) throws IOException {
        fullHd(robot);
        oneSession(robot, KeyCode.DIGIT4);
        Path folder = Files.createTempDirectory("knee-coach-out");
        Path csv = folder.resolve("history.csv");
        Path json = folder.resolve("history.json");
        Path backup = folder.resolve("backup.kneecoach");
        files.then(csv).then(json).then(backup).then(backup);

        robot.clickOn("#historyNav");
        robot.interact(() -> robot.lookup("#export-csv").queryButton().fire());
        assertTrue(Files.readString(csv).startsWith("date,time,routine,exercise"), "CSV written");
        robot.interact(() -> robot.lookup("#export-json").queryButton().fire());
        assertTrue(Files.readString(json).contains("\"painBefore\" : 4"), "JSON written");
        robot.interact(() -> robot.lookup("#backup-records").queryButton().fire());
        assertEquals("Backed up to " + backup + ".", text(robot, "#records-result"));

        oneSession(robot, KeyCode.DIGIT7);
        assertEquals(2, savedSessions().size());
        robot.clickOn("#historyNav");
        // Not through interact(): the question waits for an answer, which interact() would wait for in turn.
        Platform.runLater(() -> robot.lookup("#restore-records").queryButton().fire());
        FxWait.until(() -> robot.lookup(".dialog-pane .content").tryQuery().isPresent());
        String question = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertTrue(question.contains("holds 1 session, 0 routines and 0 aerobic entries"), question);
        robot.clickOn("Replace with the backup");

        assertTrue(robot.lookup("#records-notice").query().isVisible(), "the window says it was restored");
        String notice = String.join(" ", robot.lookup("#records-notice .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertTrue(notice.contains("knee-coach-before-restore-"), notice);
        assertEquals(1, savedSessions().size());
        FxWait.until(() -> robot.lookup("#history-week").tryQuery().isPresent());
        try (var kept = Files.list(dataDir)) {
            assertTrue(kept.anyMatch(f -> f.getFileName().toString().startsWith("knee-coach-before-restore-")));
        }
    }

    private void oneSession(FxRobot robot, KeyCode pain) {
        robot.clickOn("#exercisesNav").clickOn("Supine hamstring stretch").clickOn("#start-session");
        robot.type(pain).type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE).clickOn("#finishButton");
        robot.clickOn("#skipButton");
        FxWait.until(() -> robot.lookup("#detail-name").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
