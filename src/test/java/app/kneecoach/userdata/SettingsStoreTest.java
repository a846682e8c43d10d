package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void everySettingSurvivesARestart() throws IOException {
        UserSettings mine = new UserSettings(false, 35, 8, 20, 45, 1500, 3000, Side.LEFT, Theme.DARK, 175, false, SoundCues.VOICE, true);
        SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().save(mine);
        assertEquals(mine, SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().settings());
        assertEquals(Duration.ofSeconds(8), mine.session().getReady());
        assertEquals(Duration.ofSeconds(45), mine.session().strengthRest());
        assertEquals(Side.LEFT, mine.session().firstSide());
        assertEquals(Duration.ofMillis(1500), mine.tempo().lift());
    }

    @Test
    void theWelcomeIsDueOnlyWhereNoSettingsWereEverSavedAndStaysClosedOnceClosed() throws IOException {
        SettingsStore fresh = SettingsStore.open(dir, HistoryStoreTest.CLOCK).store();
        assertFalse(fresh.settings().welcomeSeen(), "a first start");
        fresh.save(fresh.settings().withWelcomeSeen(true));
        assertTrue(SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().settings().welcomeSeen(), "after a restart");
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"schemaVersion\": 1, \"volume\": 20}");
        assertTrue(SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().settings().welcomeSeen(),
                "settings saved by a version before the welcome: not a first start");
    }

    @Test
    void restsWaitOnlyWhereThePersonChoseSoAndAFileFromBeforeKeepsThemTimed() throws IOException {
        SettingsStore store = SettingsStore.open(dir, HistoryStoreTest.CLOCK).store();
        assertFalse(store.settings().restUntilReady(), "timed rests by default");
        store.save(store.settings().withRestUntilReady(true));
        assertTrue(Files.readString(dir.resolve(SettingsStore.FILE)).contains("\"restUntilReady\" : true"));
        assertTrue(SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().settings().restUntilReady());
        // The twelve fields of the version before, without this one.
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"schemaVersion\": 1, \"volume\": 20, \"cues\": \"tones\"}");
        SettingsStore.Opened old = SettingsStore.open(dir, HistoryStoreTest.CLOCK);
        assertTrue(old.notice().isEmpty());
        assertFalse(old.store().settings().restUntilReady());
        assertEquals(SoundCues.TONES, old.store().settings().cues());
    }

    @Test
    void missingValuesTakeTheirDefaults() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"schemaVersion\": 1, \"volume\": 20}");
        SettingsStore.Opened opened = SettingsStore.open(dir, HistoryStoreTest.CLOCK);
        assertTrue(opened.notice().isEmpty());
        assertEquals(20, opened.store().settings().volume());
        assertEquals(UserSettings.DEFAULT.getReadySeconds(), opened.store().settings().getReadySeconds());
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheDefaultsUsed() throws IOException {
        String damaged = "{\"schemaVersion\": 1, \"firstSide\": \"middle\"}";
        Files.writeString(dir.resolve(SettingsStore.FILE), damaged);
        SettingsStore.Opened opened = SettingsStore.open(dir, HistoryStoreTest.CLOCK);
        assertTrue(opened.notice().orElseThrow().problems().toString().contains("firstSide"));
        assertEquals(damaged, Files.readString(opened.notice().get().keptAs().orElseThrow()));
        // A settings file was there: not a first start, so no welcome.
        assertEquals(UserSettings.DEFAULT.withWelcomeSeen(true), opened.store().settings());
    }

    @Test
    void nonsenseSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new UserSettings(true, 101, 5, 15, 30, 2000, 2000, Side.RIGHT, Theme.LIGHT, 100, false, SoundCues.VOICE, false));
        assertThrows(IllegalArgumentException.class, () -> new UserSettings(true, 50, 0, 15, 30, 2000, 2000, Side.RIGHT, Theme.LIGHT, 100, false, SoundCues.VOICE, false));
        assertThrows(IllegalArgumentException.class, () -> new UserSettings(true, 50, 5, 15, 30, 100, 2000, Side.RIGHT, Theme.LIGHT, 100, false, SoundCues.VOICE, false));
        assertThrows(IllegalArgumentException.class, () -> new UserSettings(true, 50, 5, 15, 30, 2000, 2000, Side.BOTH, Theme.LIGHT, 100, false, SoundCues.VOICE, false));
        assertThrows(IllegalArgumentException.class, () -> new UserSettings(true, 50, 5, 15, 30, 2000, 2000, Side.LEFT, Theme.LIGHT, 130, false, SoundCues.VOICE, false));
    }

    @Test
    void aSettingsFileCutShortKeepsTheValuesBeforeTheCut() throws IOException {
        Path file = dir.resolve(SettingsStore.FILE);
        Files.writeString(file, "{\"schemaVersion\": 1, \"theme\": \"dark\", \"textSize\": 150, \"firstSide\": \"le");
        SettingsStore.Opened opened = SettingsStore.open(dir, HistoryStoreTest.CLOCK);
        assertTrue(opened.notice().isPresent());
        assertEquals(Theme.DARK, opened.store().settings().theme());
        assertEquals(150, opened.store().settings().textSize());
        assertEquals(UserSettings.DEFAULT.firstSide(), opened.store().settings().firstSide(), "cut: the default");
        assertEquals(Theme.DARK, SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().settings().theme(),
                "written anew, so the next start has them too");
    }

    @Test
    void aBadValueTakesItsDefaultAndTheOthersAreKept() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE),
                "{\"schemaVersion\": 1, \"theme\": \"purple\", \"textSize\": 175, \"firstSide\": \"left\"}");
        UserSettings settings = SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().settings();
        assertEquals(UserSettings.DEFAULT.theme(), settings.theme());
        assertEquals(175, settings.textSize());
        assertEquals(Side.LEFT, settings.firstSide());
    }
}
