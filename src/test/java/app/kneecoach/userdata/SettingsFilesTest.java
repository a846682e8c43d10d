package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.json.FileProblem;
import app.kneecoach.session.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings and window files: restoring settings from a backup, every field checked, the size limit. */
class SettingsFilesTest {
    private static final UserSettings MINE = new UserSettings(false, 35, 8, 20, 45, 1500, 3000, Side.LEFT, Theme.DARK,
            175, false, SoundCues.VOICE, true);
    @TempDir
    Path dir;

    @Test
    void settingsFromABackupArePutInForceAndOnDisk() throws IOException {
        SettingsStore.open(dir.resolve("before"), HistoryStoreTest.CLOCK).store().save(MINE);
        byte[] backedUp = SettingsStore.open(dir.resolve("before"), HistoryStoreTest.CLOCK).store().bytes();
        assertArrayEquals(Files.readAllBytes(dir.resolve("before").resolve(SettingsStore.FILE)), backedUp,
                "a backup keeps the settings file as it is");

        SettingsStore store = SettingsStore.open(dir, HistoryStoreTest.CLOCK).store();
        assertTrue(store.restore(backedUp));
        assertEquals(MINE, store.settings());
        assertEquals(MINE, SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().settings());
    }

    @Test
    void settingsABackupCannotGiveWhole() throws IOException {
        SettingsStore store = SettingsStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.save(MINE);
        for (String content : List.of("not JSON", "[1, 2]", "{\"schemaVersion\": 2}",
                "{\"schemaVersion\": 1, \"theme\": \"purple\"}",
                // Readable, but with a field this version does not know: not taken half-understood.
                "{\"schemaVersion\": 1, \"volume\": 10, \"haptics\": true}")) {
            assertFalse(store.restore(content.getBytes(StandardCharsets.UTF_8)), content);
            assertEquals(MINE, store.settings(), content);
            assertEquals(MINE, SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().settings(), content);
        }
    }

    @Test
    void eachBadSettingIsNamedWithItsLine() throws IOException {
        // Files without the welcome's flag: written before there was a welcome, so it counts as seen.
        UserSettings quieter = new UserSettings(true, 10, 5, 15, 30, 2000, 2000, Side.RIGHT, Theme.LIGHT, 100, true,
                SoundCues.VOICE_AND_TONES, false);
        for (String[] bad : List.of(
                new String[] {"\"theme\": \"purple\"", "theme", "must be one of [light, dark, high-contrast]"},
                new String[] {"\"cues\": \"bells\"", "cues", "must be one of [voice, voice-and-tones, tones]"},
                new String[] {"\"restUntilReady\": \"yes\"", "restUntilReady", ""},
                new String[] {"\"textSize\": 130", "textSize", "must be one of [100, 125, 150, 175, 200]"},
                new String[] {"\"firstSide\": \"both\"", "firstSide", "must be \"right\" or \"left\""},
                new String[] {"\"haptics\": true", "haptics", "unknown field"})) {
            // A bad value takes its default and an unknown field is left out; the rest (the volume) is kept.
            UserSettings expected = quieter;
            Path folder = Files.createDirectories(dir.resolve(bad[1]));
            Files.writeString(folder.resolve(SettingsStore.FILE), "{\n  \"schemaVersion\": 1,\n  \"volume\": 10,\n  "
                    + bad[0] + "\n}\n");
            SettingsStore.Opened opened = SettingsStore.open(folder, HistoryStoreTest.CLOCK);
            List<FileProblem> problems = opened.notice().orElseThrow().problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(bad[1], problems.get(0).path());
            assertTrue(problems.get(0).message().startsWith(bad[2]), problems.toString());
            assertEquals(4, problems.get(0).line(), "on the fourth line: " + problems);
            assertEquals(expected, opened.store().settings(), bad[0]);
        }
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsReadAndOneByteMoreIsNot() throws IOException {
        String placement = "{\"schemaVersion\": 1, \"x\": 10, \"y\": 20, \"width\": 800, \"height\": 600, "
                + "\"maximized\": false}";
        Path file = dir.resolve(WindowStore.FILE);
        Files.writeString(file, placement + " ".repeat((int) WindowStore.MAX_BYTES - placement.length()));
        assertEquals(WindowStore.MAX_BYTES, Files.size(file));
        WindowStore.Opened opened = WindowStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(Optional.empty(), opened.notice());
        assertEquals(Optional.of(new WindowPlacement(10, 20, 800, 600, false)), opened.store().placement());

        Files.writeString(file, placement + " ".repeat((int) WindowStore.MAX_BYTES + 1 - placement.length()));
        opened = WindowStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals("is larger than 4 KB, the most this file may be",
                opened.notice().orElseThrow().problems().get(0).message());
        assertEquals(Optional.empty(), opened.store().placement());
    }

    @Test
    void anUnknownFieldInTheWindowFileIsReported() throws IOException {
        Files.writeString(dir.resolve(WindowStore.FILE), "{\"schemaVersion\": 1, \"x\": 10, \"y\": 20, \"width\": 800, "
                + "\"height\": 600, \"maximized\": false, \"screen\": 2}");
        WindowStore.Opened opened = WindowStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(List.of("screen"), opened.notice().orElseThrow().problems().stream().map(FileProblem::path).toList());
    }

    @Test
    void noDataFolderMeansDefaultsAndNothingToReport() {
        Path missing = dir.resolve("not-yet");
        SettingsStore.Opened settings = SettingsStore.open(missing, HistoryStoreTest.CLOCK);
        assertEquals(Optional.empty(), settings.notice());
        assertEquals(UserSettings.DEFAULT, settings.store().settings());
        WindowStore.Opened window = WindowStore.open(missing, HistoryStoreTest.CLOCK);
        assertEquals(Optional.empty(), window.notice());
        assertEquals(Optional.empty(), window.store().placement());
    }

    @Test
    void aFolderInTheSettingsFilesPlaceIsReportedAndSetAside() throws IOException {
        Files.createDirectories(dir.resolve(SettingsStore.FILE).resolve("inside"));
        SettingsStore.Opened opened = SettingsStore.open(dir, HistoryStoreTest.CLOCK);
        StoreNotice notice = opened.notice().orElseThrow();
        assertTrue(notice.problems().get(0).message().startsWith("could not be read: "), notice.toString());
        assertTrue(Files.isDirectory(notice.keptAs().orElseThrow().resolve("inside")));
        assertEquals(UserSettings.DEFAULT, opened.store().settings());
        opened.store().save(MINE);
        assertEquals(MINE, SettingsStore.open(dir, HistoryStoreTest.CLOCK).store().settings());
    }

    @Test
    void settingsAreCheckedAtBothEndsOfEachRange() {
        assertDoesNotThrow(() -> new UserSettings(true, 0, 1, 1, 1, 500, 500, Side.RIGHT, Theme.LIGHT, 100, false, SoundCues.VOICE, false));
        assertDoesNotThrow(() -> new UserSettings(true, 100, 60, UserSettings.MAX_WAIT_SECONDS,
                UserSettings.MAX_WAIT_SECONDS, 10_000, 10_000, Side.LEFT, Theme.HIGH_CONTRAST, 200, false, SoundCues.VOICE, false));
        int max = UserSettings.MAX_WAIT_SECONDS;
        for (int[] bad : List.of(new int[] {-1, 5, 15, 30}, new int[] {101, 5, 15, 30}, new int[] {50, 61, 15, 30},
                new int[] {50, 5, 0, 30}, new int[] {50, 5, max + 1, 30}, new int[] {50, 5, 15, 0},
                new int[] {50, 5, 15, max + 1})) {
            assertThrows(IllegalArgumentException.class, () -> new UserSettings(true, bad[0], bad[1], bad[2], bad[3],
                    2000, 2000, Side.RIGHT, Theme.LIGHT, 100, false, SoundCues.VOICE, false), java.util.Arrays.toString(bad));
        }
    }

    @Test
    void aNewLookChangesOnlyTheThemeAndTextSize() {
        assertEquals(new UserSettings(false, 35, 8, 20, 45, 1500, 3000, Side.LEFT, Theme.HIGH_CONTRAST, 125, false, SoundCues.VOICE, true),
                MINE.withLook(Theme.HIGH_CONTRAST, 125));
        assertThrows(IllegalArgumentException.class, () -> MINE.withLook(Theme.LIGHT, 110));
    }

    @Test
    void aWindowIsCheckedAtBothEndsOfEachRange() {
        int max = WindowPlacement.MAX_EXTENT;
        assertDoesNotThrow(() -> new WindowPlacement(-max, -max, 1, 1, false));
        assertDoesNotThrow(() -> new WindowPlacement(max, max, max, max, true));
        for (int[] bad : List.of(new int[] {-max - 1, 0, 800, 600}, new int[] {max + 1, 0, 800, 600},
                new int[] {0, -max - 1, 800, 600}, new int[] {0, max + 1, 800, 600}, new int[] {0, 0, max + 1, 600},
                new int[] {0, 0, 800, 0})) {
            assertThrows(IllegalArgumentException.class, () -> new WindowPlacement(bad[0], bad[1], bad[2], bad[3], false),
                    java.util.Arrays.toString(bad));
        }
    }
}
