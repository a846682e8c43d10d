package app.kneecoach.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.ui.testing.Contrast;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.ScenePixels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Settings, a routine of one's own, the exercises view, the pain check-in and the player as each theme draws
 * them: written to target/theme-look to look at, and checked in the pixels for what the palette check
 * (ContrastTest) cannot see, i.e. that modena's fields, number boxes and the progress bar end up outlined
 * in colours that stand out, that the placeholders can be read, and that a focused rating wears a ring
 * while a chosen one is filled.
 */
class ThemeLookTest extends DataWindowTest {
    private static final Path DIR = Path.of("target", "theme-look");
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void light(FxRobot robot) throws IOException {
        look(robot, "light");
    }

    @Test
    void dark(FxRobot robot) throws IOException {
        look(robot, "dark");
    }

    @Test
    void highContrast(FxRobot robot) throws IOException {
        look(robot, "high-contrast");
    }

    private void look(FxRobot robot, String theme) throws IOException {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        robot.clickOn("#setting-theme-" + theme);
        ScenePixels settings = shot(robot, theme + "-settings.png");
        atLeast("a number box's outline on a card", settings.outline(robot.lookup("#setting-get-ready").query()),
                Contrast.NON_TEXT);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("#duplicate-routine");
        ScenePixels routines = shot(robot, theme + "-routines.png");
        atLeast("the routine name's outline", routines.outline(robot.lookup("#routine-name-field").query()),
                Contrast.NON_TEXT);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        ScenePixels exercises = shot(robot, theme + "-exercises.png");
        Node search = robot.lookup("#search").query();
        atLeast("the search box's outline", exercises.outline(search), Contrast.NON_TEXT);
        atLeast("the search box's placeholder", exercises.inside(search), Contrast.NON_TEXT);
        atLeast("a number box's outline on the start card", exercises.outline(robot.lookup("#setup-target").query()),
                Contrast.NON_TEXT);
        robot.interact(() -> robot.lookup("#start-session").queryButton().fire());
        painCheck(robot, theme);
        robot.interact(() -> robot.lookup("#continueButton").queryButton().fire());
        player(robot, theme);
        assertEquals(List.of(), problems, theme);
    }

    private void painCheck(FxRobot robot, String theme) throws IOException {
        FxWait.until(() -> robot.lookup("#pain-0").query().isFocused());
        ScenePixels atStart = shot(robot, theme + "-pain-check.png");
        Node note = robot.lookup("#note").query();
        atLeast("the note field's outline", atStart.outline(note), Contrast.NON_TEXT);
        atLeast("the note field's placeholder", atStart.inside(note), Contrast.NON_TEXT);
        Node page = robot.lookup(".pain-check").query();
        Node five = robot.lookup("#pain-5").query();
        focusedNotChosen(atStart, page, robot.lookup("#pain-0").query(), five);

        robot.clickOn("#pain-3");
        robot.interact(() -> robot.lookup("#pain-0").query().requestFocus());
        ScenePixels chosen = shot(robot, theme + "-pain-chosen.png");
        Node three = robot.lookup("#pain-3").query();
        atLeast("a chosen rating's fill against an unchosen one's", Contrast.ratio(chosen.fill(three), chosen.fill(five)),
                Contrast.NON_TEXT);
        atMost("a ring around a chosen rating that is not focused", chosen.ring(three, page), 1.1);
        focusedNotChosen(chosen, page, robot.lookup("#pain-0").query(), five);
    }

    private void player(FxRobot robot, String theme) throws IOException {
        clock.advanceSeconds(5 + 12);
        ProgressBar progress = robot.lookup(".player-progress").queryAs(ProgressBar.class);
        FxWait.until(() -> progress.getProgress() > 0.2 && progress.getProgress() < 0.8);
        ScenePixels player = shot(robot, theme + "-player.png");
        atLeast("the progress bar's outline", player.outline(progress), Contrast.NON_TEXT);
        atLeast("the progress bar's fill against its track", Contrast.ratio(player.start(progress),
                player.fill(progress)), Contrast.NON_TEXT);
    }

    /** Focus is a ring around the rating, its fill that of any other; no ring around another. */
    private void focusedNotChosen(ScenePixels shot, Node page, Node focused, Node other) {
        atLeast("the focus ring around a rating", shot.ring(focused, page), Contrast.NON_TEXT);
        atMost("a focused rating's fill against an unchosen one's", Contrast.ratio(shot.fill(focused), shot.fill(other)),
                1.1);
        atMost("a ring around a rating that is neither focused nor chosen", shot.ring(other, page), 1.1);
    }

    private static ScenePixels shot(FxRobot robot, String name) throws IOException {
        ScenePixels shot = ScenePixels.of(robot);
        shot.write(DIR.resolve(name));
        return shot;
    }

    private void atLeast(String what, double ratio, double minimum) {
        if (ratio < minimum) {
            problems.add(String.format("%s: %.2f:1, needs %.1f:1", what, ratio, minimum));
        }
    }

    private void atMost(String what, double ratio, double maximum) {
        if (ratio > maximum) {
            problems.add(String.format("%s: %.2f:1, should be at most %.1f:1", what, ratio, maximum));
        }
    }
}
