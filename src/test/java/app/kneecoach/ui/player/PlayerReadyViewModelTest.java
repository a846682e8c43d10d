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
import app.kneecoach.session.Side;
import app.kneecoach.sound.Tone;
import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.ui.player.PlayerControls.Control;
import app.kneecoach.ui.testing.TestServices;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The player with rests that wait for "I'm ready": the supine hamstring stretch at its lowest (5 s to get ready,
 * a 30 s hold, a planned rest of 15 s, two sets each leg).
 */
class PlayerReadyViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private final FakeClock clock = new FakeClock();
    private final RecordingSound sound = new RecordingSound();
    private final RecordingListener listener = new RecordingListener();

    @Test
    void theRestShowsTheTimeRestedCountingUpAndItsPlannedLength() {
        PlayerViewModel player = play(true);
        advance(player, 5 + 30);
        assertEquals("Resting\u2002\u00b7\u2002planned 0:15", player.display().phase().get());
        assertEquals("0:00", player.display().big().get());
        assertEquals("rested", player.display().unit().get());
        assertTrue(player.controls().readyUsable().get());
        assertFalse(player.controls().spacePauses().get(), "Space says \"I'm ready\", on that button only");

        advance(player, 42);
        assertEquals("0:42", player.display().big().get(), "past the planned 15 s, still resting");
        assertEquals(1.0, player.display().progress().get(), 1e-9);
        advance(player, 30);
        assertEquals("1:12", player.display().big().get());
    }

    @Test
    void aSoftToneMarksThePlannedLengthOnce() {
        PlayerViewModel player = play(true);
        advance(player, 5 + 30);
        long countdown = sound.count(Tone.COUNTDOWN);
        advance(player, 14.9);
        assertEquals(0, sound.count(Tone.REST_PLANNED));
        advance(player, 0.1);
        assertEquals(1, sound.count(Tone.REST_PLANNED));
        advance(player, 100);
        assertEquals(1, sound.count(Tone.REST_PLANNED));
        assertEquals(countdown, sound.count(Tone.COUNTDOWN), "no countdown in the rest");
    }

    @Test
    void spaceOrImReadyStartsTheNextSetAndTheRestTakenIsSavedWithIt() {
        PlayerViewModel player = play(true);
        advance(player, 5 + 30 + 65);
        player.space();
        assertEquals("Hold", player.display().phase().get());
        assertEquals("30", player.display().big().get());
        assertFalse(player.controls().readyUsable().get(), "only in the rest");
        assertShown(player, Control.READY);

        advance(player, 30);
        SessionResult second = listener.setsEnded.get(listener.setsEnded.size() - 1);
        assertEquals(OptionalInt.of(65), second.side(Side.RIGHT).sets().get(0).restSeconds());
    }

    @Test
    void outsideTheRestSpacePausesAndTheReadyButtonKeepsItsPlace() {
        PlayerViewModel player = play(true);
        assertShown(player, Control.READY);
        assertFalse(player.controls().readyUsable().get(), "not in the get-ready");
        advance(player, 6);
        player.space();
        assertTrue(player.display().paused().get(), "Space pauses a hold");
        assertTrue(player.controls().spacePauses().get(), "and Pause says so");
        player.space();

        PlayerViewModel timed = play(false);
        assertFalse(timed.controls().isShown(Control.READY), "timed rests: no such button");
        advance(timed, 5 + 30 + 1);
        assertEquals("Rest", timed.display().phase().get());
        assertEquals("14", timed.display().big().get());
    }

    private PlayerViewModel play(boolean restUntilReady) {
        Exercise exercise = CATALOG.exercise("supine-hamstring-stretch").orElseThrow();
        SessionChoice choice = SessionChoice.lowest(exercise.dosage()).withRestUntilReady(restUntilReady);
        return new PlayerViewModel(new PlannedExercise(exercise, choice, Optional.empty()), Optional.empty(),
                TestServices.with(clock, sound), listener);
    }

    private void advance(PlayerViewModel player, double seconds) {
        clock.advanceSeconds(seconds);
        player.tick();
    }

    private static void assertShown(PlayerViewModel player, Control control) {
        assertTrue(player.controls().isShown(control), control + " is shown");
    }
}
