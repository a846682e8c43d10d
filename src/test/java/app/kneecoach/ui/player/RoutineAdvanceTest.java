package app.kneecoach.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.FakeClock;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionResult;
import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.ui.testing.TestServices;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** In a routine the next exercise starts by itself ten seconds after one ran to its end, unless Space says stay. */
class RoutineAdvanceTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private final FakeClock clock = new FakeClock();
    private final RecordingListener listener = new RecordingListener();

    @Test
    void tenSecondsAfterTheEndTheNextExerciseStartsAndTheNoteCountsDown() {
        PlayerViewModel player = exercise(1, 2);
        runToTheEnd(player);
        assertEquals(List.of(SessionResult.Outcome.COMPLETED), listener.outcomes);
        assertTrue(player.advance().counting());
        assertEquals("The next exercise starts in 10\u00a0s. Press Space to stay here.", player.advance().note().get());

        advance(player, 9.5);
        assertEquals("The next exercise starts in 1\u00a0s. Press Space to stay here.", player.advance().note().get());
        assertEquals(0, listener.finished);
        advance(player, 0.5);
        assertEquals(1, listener.finished, "on to the next exercise");
        assertFalse(player.advance().counting());
        assertEquals("", player.advance().note().get());
        advance(player, 60);
        assertEquals(1, listener.finished, "once");
    }

    @Test
    void spaceStaysOnTheFinishedExercise() {
        PlayerViewModel player = exercise(1, 2);
        runToTheEnd(player);
        advance(player, 4);
        player.space();
        assertFalse(player.advance().counting());
        assertEquals("", player.advance().note().get());
        advance(player, 60);
        assertEquals(0, listener.finished, "the person goes on with Next exercise when they want");
    }

    @Test
    void notAfterTheLastExerciseNorAfterItHurtsOrAnEndedExercise() {
        PlayerViewModel last = exercise(2, 2);
        runToTheEnd(last);
        assertFalse(last.advance().counting(), "the routine's end is for the person to close");

        PlayerViewModel hurt = exercise(1, 2);
        advance(hurt, 8);
        hurt.hurt();
        assertFalse(hurt.advance().counting());

        PlayerViewModel ended = exercise(1, 2);
        advance(ended, 8);
        ended.end();
        advance(ended, 60);
        assertFalse(ended.advance().counting());
        assertEquals(0, listener.finished);
    }

    @Test
    void doingItAgainOrLeavingStopsTheCountdown() {
        PlayerViewModel again = exercise(1, 2);
        runToTheEnd(again);
        again.again();
        assertFalse(again.advance().counting());
        assertEquals("Get ready", again.display().phase().get());

        PlayerViewModel leave = exercise(1, 2);
        runToTheEnd(leave);
        leave.escape();
        assertEquals(1, listener.left);
        advance(leave, 60);
        assertEquals(0, listener.finished);
    }

    /** The supine hamstring stretch as exercise {@code number} of a routine of {@code total}. */
    private PlayerViewModel exercise(int number, int total) {
        Exercise stretch = CATALOG.exercise("supine-hamstring-stretch").orElseThrow();
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        Optional<PlannedExercise> next = number < total
                ? Optional.of(new PlannedExercise(bridge, SessionChoice.lowest(bridge.dosage()), Optional.empty()))
                : Optional.empty();
        return new PlayerViewModel(new PlannedExercise(stretch, SessionChoice.lowest(stretch.dosage()), Optional.empty()),
                Optional.of(new RoutinePosition("Morning", number, total, next)),
                TestServices.with(clock, new RecordingSound()), listener);
    }

    private void runToTheEnd(PlayerViewModel player) {
        for (int second = 0; second < 600 && !player.isFinished(); second++) {
            advance(player, 1);
        }
        assertTrue(player.isFinished());
    }

    private void advance(PlayerViewModel player, double seconds) {
        clock.advanceSeconds(seconds);
        player.tick();
    }
}
