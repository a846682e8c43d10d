package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Scrolling;
import app.kneecoach.ui.shell.DataWindowTest;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.AerobicEntry;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Deleting, undoing, editing and logging aerobic minutes in the real window, with the data on disk. */
class HistoryEditWindowTest extends DataWindowTest {
    private static final SessionRecord MORNING = session("morning", "2026-11-24T07:00:00Z", 6, 4);
    private static final SessionRecord EVENING = session("evening", "2026-11-23T18:00:00Z", 5, 5);

    @Start
    void start(Stage stage) throws IOException {
        HistoryStore store = HistoryStore.open(dataDir, TestServices.wall(clock)).store();
        store.add(MORNING);
        store.add(EVENING);
        store.close();
        show(stage);
    }

    @Test
    void aDeletedSessionIsGoneAndUndoFromTheKeyboardBringsItBack(FxRobot robot) throws IOException {
        fullHd(robot);
        robot.clickOn("#historyNav");
        reveal(robot, "#delete-morning").clickOn("#delete-morning");

        assertTrue(robot.lookup("#delete-morning").tryQuery().isEmpty(), "gone from the list");
        assertEquals(List.of(EVENING), savedSessions());
        assertEquals("Session deleted", text(robot, "#undo-message"));
        Button undo = robot.lookup("#undo-button").queryButton();
        assertTrue(undo.isFocused(), "the keyboard is on Undo");

        robot.type(KeyCode.SPACE);
        assertEquals(List.of(EVENING, MORNING), savedSessions(), "back, exactly");
        assertTrue(robot.lookup("#delete-morning").tryQuery().isPresent());
        assertTrue(robot.lookup("#undo-button").tryQuery().isEmpty(), "nothing more to undo");
        robot.clickOn("#undo-close");
        assertTrue(robot.lookup("#undo-bar").tryQuery().isEmpty());
    }

    @Test
    void anEditedRatingIsListedChartedAndStillThereAfterARestart(FxRobot robot) throws IOException {
        fullHd(robot);
        robot.clickOn("#historyNav");
        reveal(robot, "#edit-morning").clickOn("#edit-morning");
        assertTrue(robot.lookup("#edit-pain-before").queryAs(Node.class).isFocused(), "the form has the keyboard");
        choose(robot, "#edit-pain-after", "2");
        robot.clickOn("#edit-note-after").write("easier after a walk");
        robot.clickOn("#edit-save");

        assertTrue(robot.lookup("#session-edit").tryQuery().isEmpty(), "the form is closed");
        assertEquals("Session changed", text(robot, "#undo-message"));
        assertTrue(morningLine(robot).contains("pain 6 \u2192 2"), morningLine(robot));
        assertEquals(2, afterPoints(robot).get(afterPoints(robot).size() - 1));
        assertEquals(MORNING.withCheckIns(OptionalInt.of(6), Optional.empty(), OptionalInt.of(2),
                Optional.of("easier after a walk")), savedSessions().get(1));

        robot.interact(() -> {
            ((Stage) robot.window(0)).close();
            show(new Stage());
        });
        fullHd(robot);
        robot.clickOn("#historyNav");
        assertTrue(morningLine(robot).contains("pain 6 \u2192 2"), "after a restart: " + morningLine(robot));
        assertEquals(2, afterPoints(robot).get(afterPoints(robot).size() - 1));
    }

    @Test
    void minutesLoggedOnTheAerobicPageAreInHistoryAndItsChart(FxRobot robot) throws IOException {
        fullHd(robot);
        robot.clickOn("#aerobicYogaNav");
        choose(robot, ".aerobic-option", "Walking");
        Spinner<?> minutes = robot.lookup(".aerobic-log .spinner").queryAs(Spinner.class);
        robot.doubleClickOn(minutes.getEditor()).write("45");
        robot.clickOn(".aerobic-submit");
        assertTrue(text(robot, ".aerobic-result").startsWith("Logged: Walking, 45 minutes, Today"),
                text(robot, ".aerobic-result"));

        robot.clickOn("#historyNav");
        assertEquals("Aerobic exercise in the last seven days: 45 minutes", text(robot, "#history-aerobic-week"));
        List<String> lines = robot.lookup("#day-2026-11-24 .history-aerobic").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("Walking: 45 minutes of aerobic exercise"), lines);
        FxWait.until(() -> robot.lookup("#aerobic-chart").tryQuery().isPresent());
        BarChart<?, ?> chart = robot.lookup("#aerobic-chart").queryAs(BarChart.class);
        var weeks = chart.getData().get(0).getData();
        assertEquals(45, weeks.get(weeks.size() - 1).getYValue());

        AerobicEntry walk = savedHistory().aerobic().all().get(0);
        reveal(robot, "#delete-" + walk.id()).clickOn("#delete-" + walk.id());
        assertEquals(List.of(), savedHistory().aerobic().all());
        assertEquals("Aerobic minutes deleted", text(robot, "#undo-message"));
        robot.clickOn("#undo-button");
        assertEquals(List.of(walk), savedHistory().aerobic().all());
        assertFalse(robot.lookup("#delete-" + walk.id()).tryQuery().isEmpty());
    }

    /** Scrolls History's page to the node, as a person would before clicking it. */
    private static FxRobot reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Scrolling.reveal(robot.lookup(".page-scroll").queryAs(ScrollPane.class), node));
        return robot;
    }

    /** Opens a choice box and picks the item with {@code label}. */
    private static void choose(FxRobot robot, String box, String label) {
        robot.clickOn(box);
        FxWait.until(() -> robot.lookup(".context-menu .menu-item .label").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".context-menu .menu-item .label")
                .match((Label l) -> label.equals(l.getText())).queryAs(Label.class));
    }

    private static String morningLine(FxRobot robot) {
        return robot.lookup("#day-2026-11-24 .history-session").queryAs(Label.class).getText();
    }

    private static List<Number> afterPoints(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#pain-chart").tryQuery().isPresent());
        LineChart<?, ?> chart = robot.lookup("#pain-chart").queryAs(LineChart.class);
        return chart.getData().get(1).getData().stream().map(d -> (Number) d.getYValue()).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static SessionRecord session(String id, String start, int before, int after) {
        Instant at = Instant.parse(start);
        return new SessionRecord(id, at, at.plus(Duration.ofMinutes(10)), Optional.empty(), List.of(),
                OptionalInt.of(before), Optional.empty(), OptionalInt.of(after), Optional.empty(),
                SessionStatus.COMPLETED);
    }
}
