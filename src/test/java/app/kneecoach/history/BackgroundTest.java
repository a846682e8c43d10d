package app.kneecoach.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    private final List<String> events = new ArrayList<>();

    @Test
    void resultsAndFailuresComeBackOnTheUiSide() {
        Background background = Background.sameThread();
        background.run(() -> "saved", events::add, e -> events.add("failed"));
        background.<String>run(() -> {
            throw new java.io.IOException("the disk is full");
        }, events::add, e -> events.add("failed: " + e.getMessage()));
        assertEquals(List.of("saved", "failed: the disk is full"), events);
    }

    @Test
    void workHandedInAfterTheRecordsThreadWasDrainedIsDoneThereAndThen() throws InterruptedException {
        ExecutorService records = Executors.newSingleThreadExecutor();
        Background background = new Background(records, Runnable::run);
        background.drain(Duration.ofSeconds(5));
        background.run(() -> "window place saved", events::add, e -> events.add("failed"));
        assertEquals(List.of("window place saved"), events);
    }
}
