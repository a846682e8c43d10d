package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStoreTest {
    @TempDir
    Path dir;

    @Test
    void noPlaceUntilOneIsSaved() {
        WindowStore.Opened opened = WindowStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(Optional.empty(), opened.store().placement());
        assertEquals(Optional.empty(), opened.notice());
    }

    @Test
    void thePlaceSurvivesARestart() throws IOException {
        WindowPlacement placement = new WindowPlacement(-1200, 40, 1400, 900, true);
        WindowStore.open(dir, HistoryStoreTest.CLOCK).store().save(placement);
        assertEquals(Optional.of(placement), WindowStore.open(dir, HistoryStoreTest.CLOCK).store().placement());
    }

    @Test
    void aDamagedFileIsKeptAsideWithTheFieldNamedAndTheDefaultPlaceUsed() throws IOException {
        String damaged = "{\"schemaVersion\": 1, \"x\": 10, \"y\": 10, \"width\": 0, \"height\": 700, \"maximized\": false}";
        Files.writeString(dir.resolve(WindowStore.FILE), damaged);
        WindowStore.Opened opened = WindowStore.open(dir, HistoryStoreTest.CLOCK);
        StoreNotice notice = opened.notice().orElseThrow();
        assertTrue(notice.problems().toString().contains("width"), notice.problems().toString());
        assertEquals(damaged, Files.readString(notice.keptAs().orElseThrow()));
        assertEquals(Optional.empty(), opened.store().placement());
    }

    @Test
    void truncatedJsonIsReportedNotThrown() throws IOException {
        Files.writeString(dir.resolve(WindowStore.FILE), "{\"schemaVersion\": 1, \"x\": ");
        WindowStore.Opened opened = WindowStore.open(dir, HistoryStoreTest.CLOCK);
        assertTrue(opened.notice().orElseThrow().problems().toString().contains("window.json"));
        assertEquals(Optional.empty(), opened.store().placement());
    }

    @Test
    void impossiblePlacesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WindowPlacement(0, 0, 0, 600, false));
        assertThrows(IllegalArgumentException.class, () -> new WindowPlacement(0, 0, 800, 200_000, false));
        assertThrows(IllegalArgumentException.class, () -> new WindowPlacement(-200_000, 0, 800, 600, false));
    }
}
