package app.kneecoach.ui.settings;

import app.kneecoach.ui.settings.SettingsViewModel.Group;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.FakeClock;
import app.kneecoach.session.Side;
import app.kneecoach.session.Tempo;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.sound.Tone;
import app.kneecoach.userdata.SettingsStore;
import app.kneecoach.userdata.SoundCues;
import app.kneecoach.userdata.Theme;
import app.kneecoach.userdata.UserSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings' values, their limits and their saving, on a real settings file in a fresh folder. */
class SettingsViewModelTest {
    private static final UserSettings MINE = new UserSettings(false, 35, 8, 20, 45, 1500, 3000, Side.LEFT, Theme.DARK,
            175, true, SoundCues.VOICE, true);
    private final Path folder = TestServices.freshFolder();
    private final List<Tone> played = new ArrayList<>();
    private final SoundPlayer sound = new SoundPlayer() {
        @Override
        protected void sound(Tone tone) {
            played.add(tone);
        }
    };

    @Test
    void theValuesAreTheSettingsInForce() throws IOException {
        SettingsStore.open(folder, Clock.systemUTC()).store().save(MINE);
        SettingsViewModel model = model();
        assertFalse(model.sound().get());
        assertEquals(35, model.volume().get());
        assertEquals(8, model.getReadySeconds().get());
        assertEquals(20, model.stretchRestSeconds().get());
        assertEquals(45, model.strengthRestSeconds().get());
        assertTrue(model.restUntilReady().get());
        assertEquals(1.5, model.liftSeconds().get());
        assertEquals(3.0, model.lowerSeconds().get());
        assertEquals(Side.LEFT, model.firstSide().get());
        assertEquals(Theme.DARK, model.theme().get());
        assertEquals(175, model.textSize().get());
        assertEquals(MINE, model.look().get());
        assertEquals("", model.status().get(), "nothing saved yet");
        assertEquals(UserSettings.TEXT_SIZES, model.textSizes());
        assertEquals("175%", model.textSizeText().toString(175));
        assertEquals(150, model.textSizeText().fromString("150%"));
    }

    @Test
    void eachChangeIsInForceAtOnceAndSaved() {
        SettingsViewModel model = model();
        model.getReadySeconds().set(11);
        assertEquals("Saved.", model.status().get());
        assertEquals(11, saved().getReadySeconds());
        model.liftSeconds().set(2.5);
        assertEquals(2500, saved().liftMillis());
        model.firstSide().set(Side.LEFT);
        assertEquals(Side.LEFT, saved().firstSide());
        model.restUntilReady().set(true);
        assertTrue(saved().restUntilReady(), "rests that wait, kept");

        model.sound().set(false);
        assertTrue(sound.isMuted(), "the sound follows at once");
        model.theme().set(Theme.HIGH_CONTRAST);
        model.textSize().set(200);
        assertEquals(Theme.HIGH_CONTRAST, model.look().get().theme(), "the look, for the window to show");
        assertEquals(200, model.look().get().textSize());
        assertEquals(model.look().get(), saved());
    }

    @Test
    void theVolumeIsSavedWhereTheSliderIsLetGo() {
        SettingsViewModel model = model();
        model.volumeChanging().set(true);
        model.volume().set(42.4);
        model.volume().set(80);
        assertEquals(UserSettings.DEFAULT.volume(), saved().volume(), "not while dragged");
        model.volumeChanging().set(false);
        assertEquals(80, saved().volume());
        assertEquals(0.8, sound.volume(), 1e-9);
        model.volume().set(24.6);
        assertEquals(25, saved().volume(), "a click or a key: saved at once, in whole percent");
    }

    @Test
    void theLimitsAreTheOnesTheSettingsFileIsCheckedAgainst() throws IOException {
        SettingsViewModel model = model();
        assertEquals(UserSettings.VOLUME, model.volumeLimit());
        assertEquals(UserSettings.GET_READY_SECONDS, model.getReadyLimit());
        assertEquals(UserSettings.REST_SECONDS, model.restLimit());
        assertEquals(new SettingsViewModel.Bounds(Tempo.SHORTEST.toMillis() / 1000.0, Tempo.LONGEST.toMillis() / 1000.0,
                Tempo.STEP.toMillis() / 1000.0), model.tempoBounds(), "seconds, from the session's own limits");
        assertEquals(new SettingsViewModel.Bounds(0.5, 10, 0.5), model.tempoBounds());

        // The highest value a control offers is read back from the file; one more is refused.
        assertEquals(model.getReadyLimit().max(), readBack("getReadySeconds", model.getReadyLimit().max())
                .getReadySeconds());
        assertEquals(UserSettings.DEFAULT.getReadySeconds(),
                readBack("getReadySeconds", model.getReadyLimit().max() + 1).getReadySeconds());
        assertEquals(model.restLimit().max(), readBack("strengthRestSeconds", model.restLimit().max())
                .strengthRestSeconds());
        assertEquals(UserSettings.DEFAULT.strengthRestSeconds(),
                readBack("strengthRestSeconds", model.restLimit().min() - 1).strengthRestSeconds());
        int slowest = (int) Math.round(model.tempoBounds().max() * 1000);
        assertEquals(slowest, readBack("lowerMillis", slowest).lowerMillis());
        assertEquals(UserSettings.DEFAULT.lowerMillis(), readBack("lowerMillis", slowest + 1).lowerMillis());
        assertEquals(UserSettings.DEFAULT.volume(), readBack("volume", model.volumeLimit().max() + 1).volume());
    }

    @Test
    void aChangeThatCannotBeSavedStaysForThisRunAndSaysSoInItsCard() throws IOException {
        SettingsViewModel model = model();
        model.getReadySeconds().set(9);
        assertEquals("Saved.", model.status().get());
        // A folder where the file must go: the write fails as on a broken disk.
        Files.delete(folder.resolve(SettingsStore.FILE));
        Path blocker = Files.createDirectories(folder.resolve(SettingsStore.FILE).resolve("blocked"));
        model.theme().set(Theme.DARK);
        assertEquals(Group.LOOK, model.failedGroup().get());
        assertTrue(model.problem().get().startsWith("In use for now, but not saved"), model.problem().get());
        assertEquals("", model.status().get(), "no \"Saved.\" left from before");
        assertEquals(Theme.DARK, model.theme().get(), "the control keeps what is in force");
        assertEquals(Theme.DARK, model.look().get().theme());
        assertTrue(Files.isDirectory(blocker), "nothing was written in its place");

        model.stretchRestSeconds().set(25);
        assertEquals(Group.TIMING, model.failedGroup().get(), "said in the card of the latest change");

        Files.delete(blocker);
        Files.delete(blocker.getParent());
        model.firstSide().set(Side.LEFT);
        assertNull(model.failedGroup().get());
        assertEquals("Saved.", model.status().get());
        UserSettings saved = saved();
        assertEquals(Theme.DARK, saved.theme(), "the next save takes all that is in force");
        assertEquals(25, saved.stretchRestSeconds());
        assertEquals(9, saved.getReadySeconds());
    }

    @Test
    void theTestTonePlaysUnlessTheSoundIsOff() {
        SettingsViewModel model = model();
        model.playTestTone();
        assertEquals(List.of(Tone.WORK_START), played);
        model.sound().set(false);
        model.playTestTone();
        assertEquals(List.of(Tone.WORK_START), played);
    }

    private SettingsViewModel model() {
        return new SettingsViewModel(TestServices.in(folder, new FakeClock(), sound));
    }

    private UserSettings saved() {
        return SettingsStore.open(folder, Clock.systemUTC()).store().settings();
    }

    private UserSettings readBack(String field, int value) throws IOException {
        Path other = TestServices.freshFolder();
        Files.writeString(other.resolve(SettingsStore.FILE),
                "{\"schemaVersion\": 1, \"" + field + "\": " + value + "}");
        return SettingsStore.open(other, Clock.systemUTC()).store().settings();
    }
}
