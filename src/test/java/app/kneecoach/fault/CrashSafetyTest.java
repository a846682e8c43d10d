package app.kneecoach.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.history.HistoryStore;
import app.kneecoach.history.SessionRecord;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a session mid-way with SIGKILL and checks every completed set survived in a valid file. */
class CrashSafetyTest {
    private static final int SETS_BEFORE_KILL = 3;
    @TempDir
    Path dataDir;

    @Test
    void everyCompletedSetSurvivesAKill() throws Exception {
        Process drill = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                CrashDrill.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        int confirmed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(drill.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (confirmed < SETS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("SET ")) {
                    confirmed = Integer.parseInt(line.substring(4).strip());
                }
            }
            // destroyForcibly is SIGKILL on Linux and macOS: no shutdown hooks, no flushing, like a power cut.
            drill.destroyForcibly();
            assertTrue(drill.waitFor(30, TimeUnit.SECONDS), "the drill did not die");
        }
        assertEquals(SETS_BEFORE_KILL, confirmed, "the drill never reached its third set");

        HistoryStore.Opened reopened = HistoryStore.open(dataDir, Clock.systemUTC());
        assertEquals(List.of(), reopened.notices(), "the files are valid");
        SessionRecord interrupted = reopened.store().interrupted().orElseThrow();
        assertTrue(interrupted.exercises().get(0).setsCompleted() >= confirmed,
                "every set reported saved is there: " + interrupted);
        try (var files = Files.list(dataDir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".unreadable-")));
        }
    }

    private static String javaBinary() throws IOException {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
