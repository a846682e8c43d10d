package app.kneecoach.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
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

    /**
     * Runs {@code action} on the JavaFX thread and returns its result, without the pauses of TestFX's waits: what
     * the window queued before (a layout change handed on with runLater) has run by then, as runLater keeps order.
     */
    public static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the window worked", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the window's thread failed or did not answer", e);
        }
    }

    /** {@link #onFx(Callable)} for an action without a result. */
    public static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Lays the window out as its next frame would, twice: a change a layout pass handed on (the list and detail
     * shown one at a time) is in place, and laid out, when this returns.
     */
    public static void settle(Node inWindow) {
        for (int pass = 0; pass < 2; pass++) {
            onFx(() -> {
                Parent root = inWindow.getScene().getRoot();
                root.applyCss();
                root.layout();
            });
        }
    }

    public static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not reach the expected state", e);
        }
    }
}
