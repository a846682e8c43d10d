package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Scrolling;
import app.kneecoach.ui.shell.DataWindowTest;
import app.kneecoach.ui.testing.FxWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Build a routine, run it with the fake clock, rate the pain, and find it in the history. */
class RoutinesTest extends DataWindowTest {

    @Start
    void start(Stage stage) throws java.io.IOException {
        show(stage);
    }
    @Test
    void buildARoutineRunItAndSeeItInTheHistory(FxRobot robot) throws java.io.IOException {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertEquals("Stretching warm-up", label(robot, "#routine-name"));
        robot.clickOn("#newRoutine");
        assertEquals("My routine", label(robot, "#routine-name"));
        robot.doubleClickOn("#routine-name-field").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Evening knees").clickOn("#save-routine-name");
        assertEquals("Evening knees", label(robot, "#routine-name"));

        addExercise(robot, "Bridge");
        addExercise(robot, "Supine hamstring stretch");
        assertTrue(button(robot, "#item-up-0").isDisabled() && button(robot, "#item-down-1").isDisabled(),
                "nothing above the first, nothing below the last");
        assertFalse(button(robot, "#item-down-0").isDisabled() || button(robot, "#item-up-1").isDisabled());
        robot.clickOn(inView(robot, "#item-up-1"));
        robot.clickOn(inView(robot, "#item-sets-0")).type(KeyCode.UP);
        robot.clickOn(inView(robot, "#item-top-hold-1")).type(KeyCode.UP).type(KeyCode.UP);
        assertEquals(Doses.line("10 reps", "hold 4 s at the top", "1 set", "both legs together"),
                label(robot, "#routine-item-1 .routine-dose"));

        Routine saved = savedRoutines().routines().get(0);
        assertEquals("Evening knees", saved.name());
        assertEquals(List.of("supine-hamstring-stretch", "bridge"),
                saved.items().stream().map(RoutineItem::exerciseId).toList());
        assertEquals(OptionalInt.of(3), saved.items().get(0).sets());
        assertEquals(OptionalInt.of(4), saved.items().get(1).topHoldSeconds());

        // Back up to the routine's buttons, as the person scrolls after editing the list below.
        robot.interact(() -> robot.lookup(".detail-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.clickOn(inView(robot, "#start-routine"));
        robot.clickOn("#pain-5").clickOn("#continueButton");
        assertEquals("Evening knees\u2002\u00b7\u2002exercise 1 of 2\u2002\u00b7\u2002Next exercise: Bridge",
                label(robot, ".player-routine"));
        robot.clickOn("#skipExerciseButton");
        assertEquals("Evening knees\u2002\u00b7\u2002exercise 2 of 2\u2002\u00b7\u2002Last exercise",
                label(robot, ".player-routine"));
        clock.advanceSeconds(5 + 2 + 3);   // lifted in 2 s, and 3 s into the routine's 4 s at the top
        FxWait.until(() -> "Hold at the top".equals(label(robot, ".player-phase")));
        clock.advanceSeconds(10 * 8 - 5);
        FxWait.until(() -> "Done".equals(label(robot, ".player-phase")));
        robot.clickOn("#finishButton");
        robot.clickOn("#pain-3").clickOn("#continueButton");

        SessionRecord session = savedSessions().get(0);
        assertEquals(Optional.of("Evening knees"), session.routineName());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        List<String> lines = robot.lookup(".history-day .list-text").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("Supine hamstring stretch: skipped",
                "Bridge: completed, both legs 1 of 1 set"), lines);
        assertTrue(label(robot, ".history-session").contains("Evening knees"));
        LineChart<?, ?> chart = robot.lookup("#pain-chart").queryAs(LineChart.class);
        assertEquals(5, chart.getData().get(0).getData().get(0).getYValue());
        assertEquals(3, chart.getData().get(1).getData().get(0).getYValue());
    }

    /** Esc ends the exercise; Esc again ends the routine (not the start of the next exercise), as it was left. */
    @Test
    void escTwiceInARoutineLeavesItAndItsRecordSaysItEndedEarly(FxRobot robot) throws java.io.IOException {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertEquals("Stretching warm-up", label(robot, "#routine-name"));
        robot.clickOn(inView(robot, "#start-routine"));
        robot.clickOn("#pain-5").clickOn("#continueButton");
        clock.advanceSeconds(5 + 30);
        FxWait.until(() -> "Rest".equals(label(robot, ".player-phase")));

        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> "Ended, not every set done".equals(label(robot, ".player-phase")));
        assertEquals("Next exercise", robot.lookup("#finishButton").queryButton().getText());
        assertTrue(robot.lookup("#endRoutineButton").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup(".player").tryQuery().isEmpty(), "no next exercise started");
        robot.clickOn("#pain-3").clickOn("#continueButton");
        assertEquals("Stretching warm-up", label(robot, "#routine-name"), "back in the Routines section");

        SessionRecord session = savedSessions().get(0);
        assertEquals(SessionStatus.ENDED_EARLY, session.status());
        assertEquals(List.of(ExerciseOutcome.ENDED_EARLY),
                session.exercises().stream().map(ExerciseRecord::outcome).toList(), "only the first was begun");
        assertEquals(OptionalInt.of(3), session.painAfter());
    }

    /** Lying on the floor, the person need not reach the keyboard between exercises; Space keeps them where they are. */
    @Test
    void theNextExerciseStartsByItselfTenSecondsAfterOneRanToItsEndUnlessSpaceSaysStay(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn(inView(robot, "#start-routine"));
        robot.clickOn("#skipButton");
        clock.advanceSeconds(600);
        FxWait.until(() -> "Done".equals(label(robot, ".player-phase")));
        assertEquals("The next exercise starts in 10\u00a0s. Press Space to stay here.", label(robot, ".player-advance"));
        assertTrue(robot.lookup(".player-advance").query().isVisible());
        clock.advanceSeconds(10);
        FxWait.until(() -> label(robot, ".player-routine").contains("exercise 2 of 4"));
        assertEquals("Get ready", label(robot, ".player-phase"));

        clock.advanceSeconds(600);
        FxWait.until(() -> "Done".equals(label(robot, ".player-phase")));
        robot.type(KeyCode.SPACE);
        FxWait.until(() -> !robot.lookup(".player-advance").query().isVisible());
        clock.advanceSeconds(30);
        robot.interact(() -> { });
        assertTrue(label(robot, ".player-routine").contains("exercise 2 of 4"), "stayed");
        assertEquals("Done", label(robot, ".player-phase"));
        robot.clickOn("#finishButton");
        FxWait.until(() -> label(robot, ".player-routine").contains("exercise 3 of 4"));
    }

    @Test
    void aBuiltInRoutineIsDuplicatedToBeChangedAndDeletedWithTwoClicks(FxRobot robot) throws java.io.IOException {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("#item-up-0").tryQuery().isEmpty(), "built-in routines are read-only");
        robot.clickOn("#duplicate-routine");
        assertEquals("Stretching warm-up (my copy)", label(robot, "#routine-name"));
        assertEquals(4, savedRoutines().routines().get(0).items().size());
        robot.clickOn(inView(robot, "#item-remove-0"));
        assertEquals(3, savedRoutines().routines().get(0).items().size());
        robot.clickOn(inView(robot, "#delete-routine"));
        assertEquals(1, savedRoutines().routines().size(), "the first click only asks");
        robot.clickOn(inView(robot, "#delete-routine"));
        assertEquals(List.of(), savedRoutines().routines());
    }

    /** Scrolls the routine's page to the node, as the person would, and gives back its query to click on. */
    static String inView(FxRobot robot, String query) {
        robot.interact(() -> Scrolling.reveal(robot.lookup(".detail-scroll").queryAs(ScrollPane.class),
                robot.lookup(query).query()));
        return query;
    }

    private static void addExercise(FxRobot robot, String name) {
        robot.clickOn(inView(robot, "#add-exercise-choice"));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(cell -> name.equals(cell.getText())).findFirst().orElseThrow());
        robot.clickOn(inView(robot, "#add-exercise"));
    }


    private static javafx.scene.control.Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.Button.class);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
