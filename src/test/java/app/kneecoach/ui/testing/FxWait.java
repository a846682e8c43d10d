package app.kneecoach.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until a condition on the window holds, checking it on the JavaFX thread: read from the test
 * thread, a frame could be seen half-drawn (the phase already "Done", the set dots not yet filled).
 */
public final class FxWait {
    private FxWait() {
    }

    public static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not reach the expected state", e);
        }
    }
}
