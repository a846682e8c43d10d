package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two openings of one folder at once (two windows started together with --data-dir) take turns: the second
 * never sees the file the first has only just created, still empty, and takes it for a broken one.
 */
class OpeningInTurnsTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpeningWaitsForTheFirstAndFindsItsRecordsWhole() throws Exception {
        Path file = dir.resolve(Database.FILE);
        CompletableFuture<HistoryStore.Opened> second;
        try (OpeningLock first = OpeningLock.take(dir)) {
            // The first has created the file and not yet written to it: the moment the second must not see.
            Files.createFile(file);
            second = CompletableFuture.supplyAsync(() -> HistoryStore.open(dir, HistoryStoreTest.CLOCK));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!OpeningLock.waiting() && !second.isDone() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertFalse(second.isDone(), "the second opening went ahead while the first was under way");
            assertTrue(OpeningLock.waiting());
            Database created = new Database(Database.connect(file), java.util.Optional.of(file));
            created.migrate();
            created.close();
        }
        HistoryStore.Opened opened = second.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), opened.notices(), "nothing set aside");
        assertTrue(opened.store().file().isPresent());
        opened.store().close();
    }
}
