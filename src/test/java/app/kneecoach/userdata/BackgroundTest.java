package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The records thread: work in order, results or failures handed back, and the last work let finish at exit. */
class BackgroundTest {

    @Test
    void drainingLetsTheWorkHandedInFinishAndTakesNoMore() throws InterruptedException {
        ExecutorService records = Executors.newSingleThreadExecutor();
        List<String> done = new ArrayList<>();
        Background background = new Background(records, Runnable::run);
        for (int i = 0; i < 3; i++) {
            int n = i;
            background.run(() -> "save " + n, result -> {
                synchronized (done) {
                    done.add(result);
                }
            }, e -> { });
        }

        background.drain(Duration.ofSeconds(30));

        assertTrue(records.isTerminated(), "everything handed in has run");
        synchronized (done) {
            assertEquals(List.of("save 0", "save 1", "save 2"), done);
        }
        // Work handed in after that (the window's place, saved as the window hides) is done there and then.
        background.run(() -> "late", done::add, e -> { });
        assertEquals("late", done.get(3));
    }

    @Test
    void drainingWorkOnTheCallingThreadHasNothingToWaitFor() throws InterruptedException {
        List<String> done = new ArrayList<>();
        Background background = Background.sameThread();
        background.drain(Duration.ofSeconds(30));
        background.run(() -> "after", done::add, e -> { });
        assertEquals(List.of("after"), done, "still works: there was nothing to shut down");
    }

    @Test
    void aFailureIsHandedBackInsteadOfAResult() {
        List<Object> seen = new ArrayList<>();
        IOException full = new IOException("the disk is full");
        Background.sameThread().run(() -> {
            throw full;
        }, seen::add, seen::add);
        assertEquals(List.of(full), seen);
    }
}
