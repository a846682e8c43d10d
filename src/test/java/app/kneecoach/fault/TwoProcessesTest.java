package app.kneecoach.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.SessionRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes that write to one data folder at the same time (a shared folder opened with --data-dir, where
 * the one-window lock is not asked) lose nothing: SQLite takes their writes in turn.
 */
class TwoProcessesTest {
    static final int EACH = 200;
    @TempDir
    Path dataDir;

    @Test
    void twoJvmsWritingAtOnceKeepEverySession() throws Exception {
        List<Process> writers = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        for (String prefix : List.of("first", "second")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    SessionWriter.class.getName(), dataDir.toString(), prefix, String.valueOf(EACH))
                    .redirectErrorStream(true).start();
            writers.add(p);
            outputs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (BufferedReader out : outputs) {
            assertEquals("READY", out.readLine());
        }
        // Both are open on the folder; now they write at the same moment.
        for (Process p : writers) {
            OutputStream in = p.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
        for (int i = 0; i < writers.size(); i++) {
            assertEquals("DONE", outputs.get(i).readLine(), "writer " + i);
            assertTrue(writers.get(i).waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, writers.get(i).exitValue());
        }
        List<SessionRecord> all = Histories.reopened(dataDir, Clock.systemUTC());
        assertEquals(2 * EACH, all.size());
        assertEquals(EACH, all.stream().filter(s -> s.id().startsWith("first-")).count());
    }
}
