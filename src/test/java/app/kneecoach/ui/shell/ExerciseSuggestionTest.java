package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.LoggedTimes;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.userdata.HistoryStore;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The next step from the log through the real window: on the exercise's page (use it, or not now) and at the end of
 * the session that made it due, over records seeded in the data folder.
 */
class ExerciseSuggestionTest extends DataWindowTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Exercise LEG_RAISE = CATALOG.exercise("lateral-leg-raise").orElseThrow();
    private static final Exercise HAMSTRING = CATALOG.exercise("supine-hamstring-stretch").orElseThrow();

    @Start
    void start(Stage stage) throws IOException {
        HistoryStore store = HistoryStore.open(dataDir, TestServices.wall(clock)).store();
        Instant first = clock.now().minus(Duration.ofDays(6));
        for (int day = 0; day < 3; day++) {
            store.add(LoggedTimes.done(LEG_RAISE, first, day, 10, 2, 1, 1));
        }
        for (int day = 3; day < 5; day++) {
            store.add(LoggedTimes.done(HAMSTRING, first, day, 30, 2, 1, 1));
        }
        store.close();
        show(stage);
    }

    @Test
    void useThisOnThePageMovesTheStartCardAndIsKept(FxRobot robot) {
        robot.clickOn(LEG_RAISE.name());
        assertTrue(robot.lookup("#suggestion").query().isVisible());
        assertEquals("Try 2 sets of 15 reps", text(robot, "#suggestion-what"));
        assertEquals("3 times in a row at 2 sets of 10 reps, every set done, pain 1 before and 1 after.",
                text(robot, "#suggestion-why"));
        assertEquals(10, spinner(robot, "#setup-target").getValue());

        robot.clickOn("#suggestion-use");

        assertEquals(15, spinner(robot, "#setup-target").getValue());
        assertTrue(robot.lookup("#suggestion-message").query().isVisible());
        assertFalse(robot.lookup("#suggestion-use").query().getParent().isVisible(), "taken: no buttons left");
        assertEquals(OptionalInt.of(15), savedRoutines().plans().of(LEG_RAISE.id()).target());

        robot.clickOn(HAMSTRING.name());
        robot.clickOn(LEG_RAISE.name());
        assertFalse(robot.lookup("#suggestion").query().isVisible(), "the count starts again");
        assertEquals(15, spinner(robot, "#setup-target").getValue(), "the start card begins at the plan");
    }

    @Test
    void notNowHidesTheCardAndKeepsTheDose(FxRobot robot) {
        robot.clickOn(LEG_RAISE.name());
        robot.clickOn("#suggestion-not-now");
        assertFalse(robot.lookup("#suggestion").query().isVisible());
        assertEquals(10, spinner(robot, "#setup-target").getValue());
        assertTrue(savedRoutines().plans().of(LEG_RAISE.id()).dismissedAt().isPresent());
        assertEquals(OptionalInt.empty(), savedRoutines().plans().of(LEG_RAISE.id()).target());
    }

    @Test
    void theThirdEasyTimeEndsWithTheSuggestionAndTakingItThereMovesThePage(FxRobot robot) {
        robot.clickOn(HAMSTRING.name());
        assertFalse(robot.lookup("#suggestion").query().isVisible(), "two easy times: not yet");
        robot.clickOn("#start-session");
        robot.clickOn("#pain-1").clickOn("#continueButton");
        // Get ready, two holds of 30 s with a rest, the switch, the left leg's two: the whole dose.
        for (int second = 0; second < 5 + 30 + 15 + 30 + 5 + 30 + 15 + 30; second += 5) {
            clock.advanceSeconds(5);
            WaitForAsyncUtils.waitForFxEvents();
        }
        FxWait.until(() -> robot.lookup("#finishButton").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#finishButton");
        robot.clickOn("#pain-1").clickOn("#continueButton");

        FxWait.until(() -> robot.lookup("#session-end-title").tryQuery().isPresent());
        assertEquals("Try 3 sets of 30\u00a0s holds", text(robot, "#suggestion-what"));
        assertEquals("3 times in a row at 2 sets of 30\u00a0s holds, every set done, pain 1 before and 1 after.",
                text(robot, "#suggestion-why"));
        robot.clickOn("#suggestion-use");
        assertEquals(OptionalInt.of(3), savedRoutines().plans().of(HAMSTRING.id()).sets());
        robot.clickOn("#session-end-done");

        assertEquals(HAMSTRING.name(), text(robot, "#detail-name"));
        assertEquals(3, spinner(robot, "#setup-sets").getValue());
        assertEquals(Optional.empty(), savedRoutines().plans().of(HAMSTRING.id()).variation());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Spinner.class);
    }
}
