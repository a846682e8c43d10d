package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.HistoryStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome of a first start: shown once, in the window, and again from About & safety. */
class WelcomeTest extends FreshWindowsTest {

    @Test
    void aFreshDataFolderShowsTheWelcomeOnceAndNotAfterARestart() throws TimeoutException {
        open(TestServices.firstStart(dataDir, clock));
        assertTrue(robot.lookup("#welcome").query().isVisible());
        assertTrue(robot.lookup("#exercisesNav").tryQuery().isEmpty(), "it has the window to itself");
        assertEquals("welcome-start", focusOwner().getId(), "Enter starts with the gentle start");
        String text = texts("#welcome .label");
        assertTrue(text.contains("not medical advice"), text);
        assertTrue(text.contains("does not take the place of your physical therapist"), text);
        assertTrue(text.contains("Gentle start"), text);
        assertTrue(text.contains("makes your knee hurt"), text);
        assertTrue(text.contains("have not eased within a week or two"), "the catalog's advice on getting help: " + text);

        robot.clickOn("#welcome-look-around");
        assertTrue(robot.lookup("#welcome").tryQuery().isEmpty());
        assertTrue(robot.lookup("#exerciseList").query().isVisible(), "back to the first section");
        assertEquals("search", focusOwner().getId(), "typing searches");

        FxToolkit.cleanupStages();
        open(TestServices.firstStart(dataDir, clock));
        assertTrue(robot.lookup("#welcome").tryQuery().isEmpty(), "not again after a restart");
        assertTrue(robot.lookup("#exerciseList").query().isVisible());
        assertEquals("search", focusOwner().getId(), "typing searches at once");
    }

    @Test
    void startingWithTheGentleStartOpensThatRoutine() throws TimeoutException {
        open(TestServices.firstStart(dataDir, clock));
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#welcome").tryQuery().isEmpty());
        assertTrue(robot.lookup("#routinesNav").queryAs(ToggleButton.class).isSelected());
        assertEquals("Gentle start", robot.lookup("#routine-name").queryAs(Label.class).getText());
        FxToolkit.cleanupStages();
        open(TestServices.firstStart(dataDir, clock));
        assertTrue(robot.lookup("#welcome").tryQuery().isEmpty(), "closed for good this way too");
    }

    @Test
    void aboutAndSafetyShowsItAgainAndItGoesBackThere() throws TimeoutException {
        open(TestServices.in(dataDir, clock, SoundPlayer.silent()));
        assertTrue(robot.lookup("#welcome").tryQuery().isEmpty(), "seen already");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        robot.clickOn("#show-welcome");
        assertTrue(robot.lookup("#welcome").query().isVisible());
        robot.clickOn("#welcome-look-around");
        assertTrue(robot.lookup("#aboutNav").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#show-welcome").query().isVisible());
    }

    @Test
    void theGentleStartOpensOnceTheRoutinesHaveBeenRead() throws TimeoutException {
        CompletableFuture<HistoryStore.Opened> reading = new CompletableFuture<>();
        open(TestServices.in(dataDir, clock, SoundPlayer.silent(), reading));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        robot.clickOn("#show-welcome").clickOn("#welcome-start");
        assertTrue(robot.lookup("#section-reading").query().isVisible(), "the records are still being read");
        reading.complete(HistoryStore.open(dataDir, TestServices.wall(clock)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Gentle start", robot.lookup("#routine-name").queryAs(Label.class).getText());
    }

    private void open(AppServices services) throws TimeoutException {
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(), services));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner() {
        return robot.window(0).getScene().getFocusOwner();
    }

    private String texts(String query) {
        return String.join(" | ", robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList());
    }
}
