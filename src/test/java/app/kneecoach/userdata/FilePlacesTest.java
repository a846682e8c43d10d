package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where files go: the data folder of this user, and names for files set aside that never clobber one another. */
class FilePlacesTest {
    @TempDir
    Path dir;

    @Test
    void theDataFolderOfThisUserIsAnAbsolutePathNamedForTheApp() {
        Path folder = DataDirectory.forThisUser();
        assertTrue(folder.isAbsolute(), folder.toString());
        assertTrue(List.of(DataDirectory.FOLDER, DataDirectory.FOLDER_TITLE).contains(folder.getFileName().toString()),
                folder.toString());
    }

    @Test
    void manyFilesSetAsideInTheSameSecondEachGetTheirOwnName() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T21:05:09Z"), ZoneOffset.UTC);
        Path file = dir.resolve("settings.json");
        for (int i = 1; i <= 4; i++) {
            Files.writeString(file, "broken " + i);
            SetAside.move(file, clock);
        }
        String stamp = "settings.json.unreadable-20261124-210509";
        for (String name : List.of(stamp, stamp + "-2", stamp + "-3", stamp + "-4")) {
            assertEquals("broken " + (name.equals(stamp) ? 1 : Integer.parseInt(name.substring(name.length() - 1))),
                    Files.readString(dir.resolve(name)), name);
        }
    }
}
