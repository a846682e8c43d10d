package app.kneecoach.ui.player;

import app.kneecoach.ui.shell.MainWindow;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.ui.testing.WindowTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.Tone;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The player through the real window, driven by a fake clock that the test moves forward. */
class PlayerTest extends WindowTest {
    private final FakeClock clock = new FakeClock();
    private final RecordingSound sound = new RecordingSound();

    @Start
    void start(Stage stage) {
        MainWindow.show(stage, CatalogLoader.loadBundled(), TestServices.with(clock, sound));
    }

    @Test
    void supineHamstringStretchFromStartToDoneTrackingEverySet(FxRobot robot) {
        open(robot, "Supine hamstring stretch");
        start(robot);
        expect(robot, "Get ready", "Right leg\u2002\u00b7\u2002set 1 of 2", "5");
        assertEquals("Next: set 1, hold 30 s", text(robot, ".player-next"));
        assertEquals(List.of(0, 0), dots(robot));

        advance(robot, 5, "Hold", "30");
        advance(robot, 12, "Hold", "18");
        advance(robot, 18, "Rest", "15");
        assertEquals(List.of(1, 0), dots(robot));
        advance(robot, 15, "Hold", "30");
        assertEquals("Right leg\u2002\u00b7\u2002set 2 of 2", text(robot, ".player-where"));
        advance(robot, 30, "Switch to the left leg", "5");
        assertEquals(List.of(2, 0), dots(robot));
        advance(robot, 5, "Hold", "30");
        assertEquals("Left leg\u2002\u00b7\u2002set 1 of 2", text(robot, ".player-where"));
        advance(robot, 30, "Rest", "15");
        assertEquals(List.of(2, 1), dots(robot));
        advance(robot, 15, "Hold", "30");
        advance(robot, 30, "Done", "");
        assertEquals(List.of(2, 2), dots(robot));
        assertTrue(robot.lookup("#finishButton").queryAs(Button.class).isVisible());
        assertTrue(robot.lookup(".player-cues").queryAs(javafx.scene.layout.VBox.class).getChildren().size() == 2);

        assertEquals(4, sound.count(Tone.WORK_START));
        assertEquals(1, sound.count(Tone.SIDE_SWITCH));
        assertEquals(1, sound.count(Tone.FINISHED));

        robot.clickOn("#finishButton");
        robot.clickOn("#pain-2").clickOn("#continueButton");
        assertEquals("Supine hamstring stretch", text(robot, "#detail-name"));
    }

    /** The catalog writes the stretch for the right leg; the left leg's switch and sets name the left foot. */
    @Test
    void theInnerThighStretchNamesTheLeftFootOnceTheLeftLegsTurnComes(FxRobot robot) {
        open(robot, "Inner thigh stretch");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Raise the right leg")), "the page reads as the article");
        start(robot);
        expect(robot, "Get ready", "Right leg\u2002\u00b7\u2002set 1 of 2", "5");
        assertEquals(List.of("On your back, with a stretch strap looped under the sole of the right foot."),
                cueTexts(robot));
        advance(robot, 5 + 30 + 15 + 30, "Switch to the left leg", "5");
        assertEquals(List.of("On your back, with a stretch strap looped under the sole of the left foot."),
                cueTexts(robot));
    }

    @Test
    void bridgeInPacedRepModeLiftsHoldsAndLowers(FxRobot robot) {
        open(robot, "Bridge");
        start(robot);
        expect(robot, "Get ready", "Both legs\u2002\u00b7\u2002set 1 of 1", "5");
        advance(robot, 5, "Lift", "1");
        assertEquals("of 10 reps", text(robot, ".player-unit"));
        assertNothingSqueezedOrCut(robot);
        advance(robot, 2, "Hold at the top", "1");
        advance(robot, 2, "Lower", "1");
        advance(robot, 2, "Lift", "2");
        assertEquals("Lift 2 s\u2002\u00b7\u2002lower 2 s", text(robot, ".player-tempo"));
        robot.type(KeyCode.MINUS);
        assertEquals("Lift 2.5 s\u2002\u00b7\u2002lower 2.5 s", text(robot, ".player-tempo"));
        advance(robot, 6, "Lift", "3");
        advance(robot, 2.5, "Hold at the top", "3");
        robot.clickOn("#fasterButton").clickOn("#fasterButton");
        assertEquals("Lift 1.5 s\u2002\u00b7\u2002lower 1.5 s", text(robot, ".player-tempo"));
        advance(robot, 2 + 2.5, "Lift", "4");
        advance(robot, 1.5 + 2 + 1.5, "Lift", "5");
        advance(robot, 5 * 6, "Done", "");
        assertEquals(List.of(1), dots(robot));
        assertTrue(cueTexts(robot).contains("Both legs: 1 of 1 set done\u2002\u00b7\u2002reps 10"), cueTexts(robot)::toString);
    }

    @Test
    void seatedStraightLegRaiseTakesTurnsRightThenLeftRepByRep(FxRobot robot) {
        open(robot, "Seated straight leg raise");
        assertEquals("The legs take turns rep by rep; each set starts with the right leg.",
                text(robot, ".setup-order"));
        start(robot);
        expect(robot, "Get ready", "Alternating legs\u2002\u00b7\u2002set 1 of 2", "5");
        assertFalse(robot.lookup("#player-turn").query().isVisible());
        assertEquals(List.of(0), dots(robot), "one track: every set is done by both legs");

        // 2 s up, 1 s at the top, 2 s down: a rep every 5 s.
        advance(robot, 5, "Lift", "1");
        expectTurn(robot, "Rep 1 of 10\u2002\u00b7\u2002right leg");
        assertEquals("of 10 reps on each leg", text(robot, ".player-unit"));
        assertNothingSqueezedOrCut(robot);
        clock.advanceSeconds(5);
        expectTurn(robot, "Rep 1 of 10\u2002\u00b7\u2002left leg");
        advance(robot, 5, "Lift", "2");
        expectTurn(robot, "Rep 2 of 10\u2002\u00b7\u2002right leg");

        advance(robot, 18 * 5, "Rest", "30");
        assertFalse(robot.lookup("#player-turn").query().isVisible());
        assertEquals(List.of(1), dots(robot));
        assertEquals(0, sound.count(Tone.SIDE_SWITCH));
    }

    @Test
    void keyboardPausesResumesSkipsRedoesAndEnds(FxRobot robot) {
        open(robot, "Supine hamstring stretch");
        start(robot);
        advance(robot, 15, "Hold", "20");

        robot.type(KeyCode.SPACE);
        waitFor(() -> robot.lookup(".player-paused").query().isVisible());
        assertEquals("Resume", robot.lookup("#pauseButton").queryAs(Button.class).getText());
        advance(robot, 100, "Hold", "20");
        robot.type(KeyCode.SPACE);
        advance(robot, 5, "Hold", "15");
        assertFalse(robot.lookup(".player-paused").query().isVisible());

        robot.type(KeyCode.N);
        expect(robot, "Rest", null, "15");
        robot.type(KeyCode.R);
        expect(robot, "Hold", "Right leg\u2002\u00b7\u2002set 1 of 2", "30");
        robot.type(KeyCode.RIGHT);
        expect(robot, "Rest", null, "15");

        robot.type(KeyCode.ESCAPE);
        expect(robot, "Ended, not every set done", "", "");
        assertTrue(cueTexts(robot).get(0).startsWith("Right leg: 0 of 2 sets done"), cueTexts(robot)::toString);
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#skipButton");
        assertEquals("Supine hamstring stretch", text(robot, "#detail-name"));
    }

    @Test
    void selfPacedRepsAreCountedWithSpace(FxRobot robot) {
        open(robot, "Lateral leg raise");
        robot.clickOn("#setup-self-paced");
        start(robot);
        robot.type(KeyCode.RIGHT);
        expect(robot, "Your pace", null, "1");
        assertTrue(robot.lookup("#countRepButton").query().isVisible());
        for (int i = 0; i < 9; i++) {
            robot.type(KeyCode.SPACE);
        }
        expect(robot, "Your pace", null, "10");
        robot.clickOn("#countRepButton");
        expect(robot, "Rest", null, "30");
        assertEquals(List.of(1, 0), dots(robot));
    }

    @Test
    void holdLongerCountsUpPastTheTarget(FxRobot robot) {
        open(robot, "Seated butterfly stretch");
        start(robot);
        advance(robot, 5, "Hold", "1:00");
        robot.type(KeyCode.H);
        advance(robot, 75, "Holding longer", "+15");
        assertEquals("past your 60 s target", text(robot, ".player-unit"));
        assertEquals("Finish hold", robot.lookup("#skipButton").queryAs(Button.class).getText());
        robot.clickOn("#skipButton");
        expect(robot, "Rest", null, "15");
        assertEquals(List.of(1), dots(robot));
    }

    @Test
    void muteSilencesTheCues(FxRobot robot) {
        open(robot, "Supine hamstring stretch");
        start(robot);
        robot.type(KeyCode.M);
        assertTrue(sound.isMuted());
        assertEquals("Sound off", robot.lookup("#muteButton").queryAs(javafx.scene.control.ToggleButton.class).getText());
        robot.clickOn("#muteButton");
        assertFalse(sound.isMuted());
    }

    /** Every control fits the window at its full height: none is cut off at the bottom or squashed. */
    private static void assertNothingSqueezedOrCut(FxRobot robot) {
        double sceneHeight = robot.lookup(".player").query().getScene().getHeight();
        for (Node button : robot.lookup(".player-button").queryAll()) {
            if (button.isVisible()) {
                Bounds bounds = button.localToScene(button.getBoundsInLocal());
                assertTrue(bounds.getMaxY() <= sceneHeight, button.getId() + " is cut off at " + bounds.getMaxY());
                Region region = (Region) button;
                assertTrue(region.getHeight() >= region.prefHeight(-1) - 0.5, button.getId() + " is squashed");
            }
        }
    }

    /** Start, then rate the knee before the session as a user would. */
    private static void start(FxRobot robot) {
        robot.clickOn("#start-session");
        robot.clickOn("#pain-4").clickOn("#continueButton");
    }

    private static void open(FxRobot robot, String exercise) {
        robot.clickOn(exercise);
        assertEquals(exercise, text(robot, "#detail-name"));
    }

    private void advance(FxRobot robot, double seconds, String phase, String big) {
        clock.advanceSeconds(seconds);
        expect(robot, phase, null, big);
    }

    /** Waits for the next frames to show this phase, side/set line (when given) and big number. */
    private static void expect(FxRobot robot, String phase, String where, String big) {
        waitFor(() -> phase.equals(text(robot, ".player-phase")) && big.equals(text(robot, ".player-big"))
                && (where == null || where.equals(text(robot, ".player-where"))));
    }

    /** Waits for the next frames to name this rep and leg. */
    private static void expectTurn(FxRobot robot, String turn) {
        waitFor(() -> robot.lookup("#player-turn").query().isVisible() && turn.equals(text(robot, "#player-turn")));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        FxWait.until(condition);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> cueTexts(FxRobot robot) {
        return robot.lookup(".player-cues .list-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** Filled dots per side, in the order the sides are shown. */
    private static List<Integer> dots(FxRobot robot) {
        return robot.lookup(".set-track").queryAllAs(HBox.class).stream()
                .map(row -> (int) row.getChildren().stream()
                        .filter(n -> n.getPseudoClassStates().contains(PlayerStyles.FILLED)).count())
                .toList();
    }
}
