package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFileAndItsFolders() throws IOException {
        Path file = dir.resolve("a/b/history.json");
        AtomicFiles.write(file, bytes("one"));
        assertEquals("one", Files.readString(file));
        assertEquals(List.of(file), listing(file.getParent()));
    }

    @Test
    void replacesTheOldContentWholeAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("history.json");
        AtomicFiles.write(file, bytes("old content that is longer"));
        AtomicFiles.write(file, bytes("new"));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileIntact() throws IOException {
        Path file = dir.resolve("history.json");
        AtomicFiles.write(file, bytes("kept"));
        // The target is now a non-empty folder, so the final move must fail after the temp file was written.
        Path blocked = dir.resolve("blocked");
        Files.createDirectories(blocked.resolve("inside"));
        assertThrows(IOException.class, () -> AtomicFiles.write(blocked, bytes("lost")));
        assertEquals("kept", Files.readString(file));
        assertEquals(List.of(blocked, file), listing(dir));
    }

    @Test
    void setAsideKeepsTheFileUnderATimestampedNameAndNeverClobbers() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T21:05:09Z"), ZoneOffset.UTC);
        Path file = dir.resolve("history.json");
        Files.writeString(file, "broken 1");
        Path first = SetAside.move(file, clock);
        Files.writeString(file, "broken 2");
        Path second = SetAside.move(file, clock);

        assertEquals(dir.resolve("history.json.unreadable-20261124-210509"), first);
        assertEquals(dir.resolve("history.json.unreadable-20261124-210509-2"), second);
        assertEquals("broken 1", Files.readString(first));
        assertEquals("broken 2", Files.readString(second));
        assertTrue(Files.notExists(file));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
