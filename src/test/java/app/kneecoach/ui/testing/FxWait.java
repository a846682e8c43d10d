package app.kneecoach.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until a condition on the window holds, checking it on the JavaFX thread: read from the test
 * thread, a frame could be seen half-drawn (the phase already "Done", the set dots not yet filled).
 */
public final class FxWait {
    private FxWait() {
    }

    /**
     * Clicks what {@code query} finds once it is in the window: a list shown anew (a section opened, a layout
     * changed after its pass) has its cells only from its next layout on.
     */
    public static void clickOn(FxRobot robot, String query) {
        until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn(query);
    }

    public static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not reach the expected state", e);
        }
    }
}
