package app.kneecoach.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import app.kneecoach.ui.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Theme switching and text size through the Settings section, saved, and nothing cut off at 200 %. */
class LookTest extends DataWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void atTwiceTheTextSizeInASmallWindowTheExerciseListGoesAboveTheDetail(FxRobot robot) {
        atTheDefaultSize(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        robot.clickOn("#setting-text-size").clickOn("200%");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        javafx.scene.control.SplitPane split = robot.lookup(".exercises-view").queryAs(javafx.scene.control.SplitPane.class);
        assertEquals(javafx.geometry.Orientation.VERTICAL, split.getOrientation());
        assertEquals(List.of(), cutOff(split), "nothing cut off in the exercises view");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        robot.clickOn("#setting-text-size").clickOn("100%");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertEquals(javafx.geometry.Orientation.HORIZONTAL,
                robot.lookup(".exercises-view").queryAs(javafx.scene.control.SplitPane.class).getOrientation());
    }

    @Test
    void theDarkThemeTurnsTheWholeWindowDarkAndIsSaved(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        assertTrue(luminance(background(robot)) > 0.8, "light to begin with");
        robot.clickOn("#setting-theme-dark");
        assertTrue(robot.lookup(".window-shell").query().getStyleClass().contains("theme-dark"));
        assertTrue(luminance(background(robot)) < 0.2, "dark page background");
        assertEquals(Theme.DARK, savedSettings().theme());
        robot.clickOn("#setting-theme-high-contrast");
        assertEquals(Color.BLACK, background(robot));
        robot.clickOn("#setting-theme-light");
        assertTrue(luminance(background(robot)) > 0.8);
    }

    /** At 200 % in the default 1200 x 800 window. */
    @Test
    void atTwiceTheTextSizeNothingInTheMainViewsIsCutOff(FxRobot robot) {
        atTheDefaultSize(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        robot.clickOn("#setting-text-size").clickOn("200%");
        assertEquals(200, savedSettings().textSize());
        Node root = robot.lookup(".window-shell").query();
        assertTrue(root.getStyleClass().contains("font-200"));
        assertEquals(36, ((Labeled) robot.lookup(".h1").query()).getFont().getSize() / 1.9, 0.5);
        // The sidebar stops growing at the 150 % size, leaving the room to the section.
        assertEquals(27, ((Labeled) robot.lookup(".nav-button").query()).getFont().getSize() / 1.05, 0.5);
        List<String> problems = new ArrayList<>();
        for (KeyCode section : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7)) {
            robot.press(KeyCode.CONTROL).type(section).release(KeyCode.CONTROL);
            cutOff((Parent) robot.lookup(".main-window").query()).forEach(p -> problems.add(section + ": " + p));
        }
        assertEquals(List.of(), problems);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        // At this size the list and the exercise are shown one at a time, each with the window's height.
        javafx.scene.control.SplitPane split = robot.lookup(".exercises-view").queryAs(javafx.scene.control.SplitPane.class);
        // NarrowLayout changes the split after the layout pass that found it low.
        FxWait.until(() -> split.getItems().size() == 1);
        assertTrue(robot.lookup(".exercise-list").queryAs(Region.class).getHeight() > 600, "the list has the height");
        robot.interact(() -> robot.lookup(".exercise-list").query().requestFocus());
        robot.type(KeyCode.ENTER);
        // Scrolled below the fold at this size, so pressed directly; what matters here is the layout.
        robot.interact(() -> robot.lookup("#start-session").queryButton().fire());
        assertEquals(List.of(), cutOff((Parent) robot.lookup(".pain-check").query()), "pain check-in");
        robot.interact(() -> robot.lookup("#skipButton").queryButton().fire());
        Parent player = (Parent) robot.lookup(".player").query();
        assertEquals(List.of(), cutOff(player), "player");
        assertEquals(18 * 3.2, ((Labeled) player.lookup(".player-phase")).getFont().getSize(), 0.5,
                "the player keeps its own large sizes");
    }

    /** The stage is shared with earlier tests, which may have left it maximised or full-HD. */
    private static void atTheDefaultSize(FxRobot robot) {
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(MainWindow.WIDTH);
            stage.setHeight(MainWindow.HEIGHT);
        });
    }

    private app.kneecoach.userdata.UserSettings savedSettings() {
        return app.kneecoach.userdata.SettingsStore.open(dataDir, java.time.Clock.systemUTC()).store().settings();
    }

    private static Color background(FxRobot robot) {
        Region page = robot.lookup(".page-scroll").queryAs(Region.class);
        return (Color) page.getBackground().getFills().get(0).getFill();
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /**
     * Visible labels and buttons whose text is shown shortened ("Aerob...") because it does not fit or that
     * reach past the window's right edge, and pages wider than their window (text cut off at the right edge).
     */
    static List<String> cutOff(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(t -> !t.getText().equals(labeled.getText()) && !inScrolledAway(labeled))
                    .forEach(t -> cut.add(labeled.getText() + " shown as " + t.getText()));
            if (!inScrolledAway(labeled) && pastRightEdge(labeled)) {
                cut.add(labeled.getText() + " reaches past the window's right edge");
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.isFitToWidth()
                && scroll.getContent() != null
                && scroll.getContent().getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + 1) {
            cut.add("a page wider than its window (" + Math.round(scroll.getContent().getLayoutBounds().getWidth())
                    + " > " + Math.round(scroll.getViewportBounds().getWidth()) + " px)");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    private static boolean pastRightEdge(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMaxX() > node.getScene().getWidth() + 1;
    }

    /** Only what the layout actually places counts; list cells that are recycled and empty do not. */
    private static boolean inScrolledAway(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getWidth() <= 0 || bounds.getHeight() <= 0;
    }
}
