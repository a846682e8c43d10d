package app.kneecoach.ui.history;

import app.kneecoach.ui.shell.DataWindowTest;
import app.kneecoach.ui.testing.FxWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A session from the pain check-in to the history view, through the real window, with the data on disk. */
class SessionHistoryTest extends DataWindowTest {

    @Start
    void start(Stage stage) throws java.io.IOException {
        show(stage);
    }
    @Test
    void aRatedSessionIsSavedAndShownInTheHistoryAndChart(FxRobot robot) throws java.io.IOException {
        robot.clickOn("Supine hamstring stretch").clickOn("#start-session");
        robot.type(KeyCode.DIGIT6).type(KeyCode.ENTER);
        clock.advanceSeconds(5 + 30);
        waitForPhase(robot, "Rest");
        assertEquals(1, savedHistory().interrupted().orElseThrow().exercises().get(0).setsCompleted(),
                "the completed set is on disk before the session ends");
        robot.type(KeyCode.ESCAPE).clickOn("#finishButton");
        robot.clickOn("#pain-4").clickOn("#pain-4").clickOn("#note").write("a little better").type(KeyCode.ENTER);

        SessionRecord session = savedSessions().get(0);
        assertEquals(OptionalInt.of(6), session.painBefore());
        assertEquals(OptionalInt.of(4), session.painAfter());
        assertEquals(Optional.of("a little better"), session.noteAfter());
        assertEquals(SessionStatus.ENDED_EARLY, session.status());
        assertEquals(ExerciseOutcome.ENDED_EARLY, session.exercises().get(0).outcome());

        robot.clickOn("#historyNav");
        assertEquals("This week: 1 of 7 days", robot.lookup("#history-week").queryAs(Label.class).getText());
        List<String> lines = robot.lookup(".history-day .list-text").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("Supine hamstring stretch: not every set done, right leg 1 of 2 sets, left leg 0 of 2 sets"),
                lines);
        LineChart<?, ?> chart = robot.lookup("#pain-chart").queryAs(LineChart.class);
        assertEquals(6, chart.getData().get(0).getData().get(0).getYValue());
        assertEquals(4, chart.getData().get(1).getData().get(0).getYValue());
    }

    @Test
    void itHurtsStopsRecordsAndOffersTheEasierVersion(FxRobot robot) throws java.io.IOException {
        robot.clickOn("#search").write("double knee").type(KeyCode.ENTER);
        robot.clickOn("#start-session").clickOn("#skipButton");
        clock.advanceSeconds(5 + 9);
        waitForPhase(robot, "Lift");
        robot.clickOn("#hurtButton");
        waitForPhase(robot, "Stop here");
        List<String> cues = robot.lookup(".player-cues .list-text").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals("This exercise causes knee pain, so leave it out for now.", cues.get(0));
        assertTrue(cues.get(1).startsWith("An easier version you could try instead: One leg at a time."), cues::toString);

        robot.clickOn("#easierButton");
        assertTrue(robot.lookup(".player-title").queryAs(Label.class).getText().endsWith("One leg at a time"));
        robot.type(KeyCode.ESCAPE).clickOn("#finishButton").clickOn("#skipButton");

        List<app.kneecoach.userdata.ExerciseRecord> done = savedSessions().get(0).exercises();
        assertEquals(ExerciseOutcome.HURT, done.get(0).outcome());
        assertEquals(Optional.of("One leg at a time"), done.get(1).variation());
    }


    private static void waitForPhase(FxRobot robot, String phase) {
        FxWait.until(() -> phase.equals(robot.lookup(".player-phase").queryAs(Label.class).getText()));
    }
}
