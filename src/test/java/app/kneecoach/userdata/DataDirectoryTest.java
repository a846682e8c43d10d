package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/ann/knee-coach"),
                DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/ann"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetBlankOrRelative() {
        Path expected = Path.of("/home/ann/.local/share/knee-coach");
        assertEquals(expected, DataDirectory.resolve("Linux", Map.of(), HOME));
        assertEquals(expected, DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", " "), HOME));
        assertEquals(expected, DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/home/ann/Library/Application Support/Knee Coach"),
                DataDirectory.resolve("Mac OS X", Map.of(), HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("/roaming", "Knee Coach"),
                DataDirectory.resolve("Windows 11", Map.of("APPDATA", "/roaming"), HOME));
        assertEquals(HOME.resolve("AppData").resolve("Roaming").resolve("Knee Coach"),
                DataDirectory.resolve("Windows 11", Map.of(), HOME));
    }
}
