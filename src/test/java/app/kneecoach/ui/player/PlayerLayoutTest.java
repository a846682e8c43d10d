package app.kneecoach.ui.player;

import app.kneecoach.ui.shell.MainWindow;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.ui.testing.WindowTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The player of a routine at the window sizes people use: every text whole, and nothing moves when paused. */
class PlayerLayoutTest extends WindowTest {
    private final FakeClock clock = new FakeClock();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.show(stage, CatalogLoader.loadBundled(), TestServices.with(clock, SoundPlayer.silent()));
    }

    /** The stage outlives the test: the next test class finds it as large as it was. */
    @AfterEach
    void restoreTheSize(FxRobot robot) {
        size(robot, 1200, 800);
    }

    @ParameterizedTest
    @CsvSource({"1200, 800", "900, 600"})
    void aRoutinesPlayerShowsEveryTextWholeAndPausingMovesNothing(int width, int height, FxRobot robot) {
        size(robot, 1200, 800);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("Full home program");
        robot.clickOn("#start-routine");
        robot.clickOn("#pain-4").clickOn("#continueButton");
        size(robot, width, height);
        clock.advanceSeconds(5 + 12);
        FxWait.until(() -> "18".equals(robot.lookup(".player-big").queryAs(Label.class).getText()));
        assertNothingCut(robot);
        for (Label side : robot.lookup(".set-track-side").queryAllAs(Label.class)) {
            assertTrue(side.getHeight() < side.getFont().getSize() * 1.6, side.getText() + " is on one line");
        }
        assertTrue(robot.lookup(".player-routine").queryAs(Label.class).getText()
                .endsWith("Next exercise: Supine hamstring stretch"));

        Map<String, Bounds> running = placesOfTheMainThings(robot);
        robot.type(KeyCode.SPACE);
        FxWait.until(() -> robot.lookup(".player-paused").query().isVisible());
        assertNothingCut(robot);
        assertEquals(running, placesOfTheMainThings(robot), "pausing moves nothing");
    }

    private void size(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    /** No text shown in the player ends in an ellipsis that its own text does not have: nothing is cut short. */
    private static void assertNothingCut(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (Labeled labeled : labeledIn(robot.lookup(".player").queryAs(Parent.class))) {
            if (labeled.isVisible() && labeled.getText() != null && !labeled.getText().isEmpty()) {
                String shown = shownText(labeled);
                if (!shown.equals(labeled.getText().strip()) && !labeled.getText().contains(shown.strip())) {
                    cut.add(labeled.getText() + " shown as " + shown);
                }
            }
        }
        assertEquals(List.of(), cut);
    }

    /** Visible with every parent: a button in a hidden box is not shown. */
    private static boolean shown(Node node) {
        return node == null || node.isVisible() && shown(node.getParent());
    }

    private static List<Labeled> labeledIn(Parent parent) {
        List<Labeled> all = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Labeled labeled) {
                all.add(labeled);
            }
            if (child instanceof Parent inner && child.isVisible()) {
                all.addAll(labeledIn(inner));
            }
        }
        return all;
    }

    /** What the skin draws: the label's text node, with an ellipsis where the text did not fit. */
    private static String shownText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("").strip();
    }

    /** The big number and every button shown, where they are in the window. */
    private static Map<String, Bounds> placesOfTheMainThings(FxRobot robot) {
        Map<String, Bounds> places = new LinkedHashMap<>();
        Node big = robot.lookup(".player-big").query();
        places.put("big", big.localToScene(big.getBoundsInLocal()));
        for (Node button : robot.lookup(".player-button").queryAll()) {
            if (shown(button)) {
                places.put(button.getId(), button.localToScene(button.getBoundsInLocal()));
            }
        }
        return places;
    }
}
