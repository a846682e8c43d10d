package app.kneecoach.ui.player;

import app.kneecoach.ui.shell.MainWindow;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.PngWriter;
import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.ui.testing.WindowTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.session.FakeClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The exercise's figures in the player: beside the big number where there is room, and never at its cost. */
class PlayerFigureTest extends WindowTest {
    /** The big number's size in px: 12em of the player's own 18 px (app.css), as it was before the figures. */
    private static final double BIG_NUMBER_PX = 12 * 18;
    /** Set to a folder to write what the player looks like, to look at. */
    private static final String SHOTS = System.getProperty("kneecoach.playerShots", "");
    private final FakeClock clock = new FakeClock();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.show(stage, CatalogLoader.loadBundled(), TestServices.with(clock, new RecordingSound()));
        // The window's usual size, whatever an earlier test left the stage at.
        stage.setWidth(1200);
        stage.setHeight(800);
    }

    @Test
    void theFiguresStandBesideAFullSizeNumberAt1200By800(FxRobot robot) throws IOException {
        play(robot, "Supine hamstring stretch");
        clock.advanceSeconds(5 + 12);
        FxWait.until(() -> "18".equals(text(robot, ".player-big")));

        Node figures = robot.lookup(".player-figure").query();
        assertTrue(figures.isVisible());
        assertEquals(2, robot.lookup(".player-figure .figure").queryAll().size(), "start and end");
        assertTrue(figures.getBoundsInLocal().getWidth() > 300, "drawn at a size to see: " + figures.getBoundsInLocal());
        assertNumberAtFullSize(robot);
        assertApart(robot.lookup(".player-big").query(), figures);
        shoot(robot, "player-figure-1200x800.png");
    }

    @Test
    void theOtherLegsSetsShowTheFiguresMirrored(FxRobot robot) throws IOException {
        play(robot, "Supine hamstring stretch");
        assertFalse(robot.lookup(".player-figure").query().lookupAll(".figure").isEmpty());
        assertFalse(mirrored(robot), "the right leg, as drawn");
        clock.advanceSeconds(5 + 30 + 15 + 30 + 1);
        FxWait.until(() -> text(robot, ".player-phase").startsWith("Switch"));
        assertTrue(mirrored(robot), "the left leg next");
        shoot(robot, "player-figure-left.png");
    }

    @Test
    void aSmallWindowLeavesTheFiguresOutRatherThanShrinkTheNumber(FxRobot robot) throws IOException {
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        play(robot, "Supine hamstring stretch");
        assertEquals("Supine hamstring stretch", text(robot, ".player-title"));
        FxWait.until(() -> !robot.lookup(".player-figure").query().isVisible());
        assertFalse(robot.lookup(".player-figure").query().isManaged(), "takes no room either");
        shoot(robot, "player-figure-900x600.png");
    }

    @Test
    void besideMoreTextTheFiguresAreDrawnSmallerAndStillClearOfTheButtons(FxRobot robot) throws IOException {
        play(robot, "Bridge");
        clock.advanceSeconds(5 + 1);
        FxWait.until(() -> "Lift".equals(text(robot, ".player-phase")));
        Node next = robot.lookup(".player-next").query();
        Node controls = robot.lookup(".player-controls").query();
        // Fitted after each layout: once the phase's cues are laid out, the figures make room for them.
        FxWait.until(() -> next.localToScene(next.getBoundsInLocal()).getMaxY()
                <= controls.localToScene(controls.getBoundsInLocal()).getMinY());
        Node figures = robot.lookup(".player-figure").query();
        assertTrue(figures.isVisible());
        assertNumberAtFullSize(robot);
        for (Node button : controls.lookupAll(".player-button")) {
            assertApart(button, figures);
        }
        shoot(robot, "player-figure-bridge.png");
    }

    private static boolean mirrored(FxRobot robot) {
        return robot.lookup(".player-figure .figure").queryAll().stream()
                .flatMap(figure -> ((javafx.scene.Parent) figure).getChildrenUnmodifiable().stream())
                .flatMap(content -> content.getTransforms().stream())
                .anyMatch(t -> t instanceof javafx.scene.transform.Scale s && s.getX() < 0);
    }

    private static void assertNumberAtFullSize(FxRobot robot) {
        Label big = robot.lookup(".player-big").queryAs(Label.class);
        assertEquals(BIG_NUMBER_PX, big.getFont().getSize(), 0.01, "the number keeps its full size");
        assertTrue(big.getWidth() >= big.prefWidth(-1) - 0.5, "the number is not squeezed: " + big.getWidth());
        assertTrue(big.getHeight() >= big.prefHeight(-1) - 0.5, "the number is not cut: " + big.getHeight());
    }

    private static void assertApart(Node one, Node other) {
        Bounds a = one.localToScene(one.getBoundsInLocal());
        Bounds b = other.localToScene(other.getBoundsInLocal());
        assertFalse(a.intersects(b), "the figures overlap the number: " + a + " / " + b);
    }

    private static void play(FxRobot robot, String exercise) {
        robot.clickOn("#search").write(exercise).type(KeyCode.ENTER);
        FxWait.until(() -> exercise.equals(text(robot, "#detail-name")));
        // Fired rather than clicked: in a small window the Start card may be scrolled out of sight.
        robot.interact(() -> robot.lookup("#start-session").queryButton().fire());
        robot.clickOn("#pain-4").clickOn("#continueButton");
        FxWait.until(() -> robot.lookup(".player-big").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        if (SHOTS.isEmpty()) {
            return;
        }
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        PngWriter.write(image.get(), Path.of(SHOTS, name));
    }
}
