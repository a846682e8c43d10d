package app.kneecoach.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.FakeClock;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.userdata.UserSettings;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The player's text names the leg under way: the side switch and the second side's sets say the other leg. */
class PlayerSideWordsTest {
    private static final Exercise STRETCH = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog()
            .exercise("inner-thigh-stretch").orElseThrow();
    private static final String RIGHT_START = "On your back, with a stretch strap looped under the sole of the right foot.";
    private static final String LEFT_START = "On your back, with a stretch strap looped under the sole of the left foot.";
    /** Get ready 5 s, then two holds of 30 s with a rest of 15 s between them. */
    private static final double FIRST_SIDE_SECONDS = 5 + 30 + 15 + 30;

    private final FakeClock clock = new FakeClock();
    private final AppServices services = TestServices.with(clock, new RecordingSound());

    @Test
    void rightFirstTheSwitchAndTheLeftSidesSetsSayLeft() {
        PlayerViewModel player = play();
        assertEquals(List.of(RIGHT_START), player.display().cues());

        advance(player, FIRST_SIDE_SECONDS);
        assertEquals("Switch to the left leg", player.display().phase().get());
        assertEquals(List.of(LEFT_START), player.display().cues());

        advance(player, 5 + 30);
        assertEquals("Rest", player.display().phase().get());
        assertEquals("Left leg\u2002\u00b7\u2002set 1 of 2", player.display().where().get());
    }

    @Test
    void leftFirstTheFirstSideSaysLeftAndTheSwitchSaysRight() throws IOException {
        UserSettings now = services.userSettings().settings();
        services.userSettings().apply(new UserSettings(now.sound(), now.volume(), now.getReadySeconds(),
                now.stretchRestSeconds(), now.strengthRestSeconds(), now.liftMillis(), now.lowerMillis(), Side.LEFT,
                now.theme(), now.textSize(), now.welcomeSeen(), now.cues(), now.restUntilReady()));
        PlayerViewModel player = play();
        assertEquals("Left leg\u2002\u00b7\u2002set 1 of 2", player.display().where().get());
        assertEquals(List.of(LEFT_START), player.display().cues());

        advance(player, FIRST_SIDE_SECONDS);
        assertEquals("Switch to the right leg", player.display().phase().get());
        assertEquals(List.of(RIGHT_START), player.display().cues());
    }

    /** A session taken up again after the first side's sets gets ready in the second side's words. */
    @Test
    void aSessionTakenUpOnTheSecondSideGetsReadyInItsWords() {
        List<SideResult> earlier = List.of(new SideResult(Side.RIGHT,
                List.of(new SetResult(1, 30, 30, true), new SetResult(2, 30, 30, true))), new SideResult(Side.LEFT, List.of()));
        var planned = new PlannedExercise(STRETCH, SessionChoice.lowest(STRETCH.dosage()), Optional.empty());
        PlayerViewModel player = new PlayerViewModel(planned, earlier, Optional.empty(), services, new RecordingListener());
        assertEquals("Get ready", player.display().phase().get());
        assertEquals("Left leg\u2002\u00b7\u2002set 1 of 2", player.display().where().get());
        assertEquals(List.of(LEFT_START), player.display().cues());

        player.end();
        player.again();
        assertEquals(List.of(RIGHT_START), player.display().cues(), "again starts over on the right leg");
    }

    private PlayerViewModel play() {
        var planned = new PlannedExercise(STRETCH, SessionChoice.lowest(STRETCH.dosage()), Optional.empty());
        return new PlayerViewModel(planned, Optional.empty(), services, new RecordingListener());
    }

    private void advance(PlayerViewModel player, double seconds) {
        clock.advanceSeconds(seconds);
        player.tick();
    }
}
