package app.kneecoach.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut, as near as a test gets: a separate JVM saving set after set is killed with SIGKILL (no shutdown
 * hooks, no flushing) at a random moment, fifty times over one data folder. Each time the records must open
 * cleanly, pass SQLite's integrity check, and hold every set whose commit had returned.
 */
class CrashSafetyTest {
    static final int RUNS = 50;
    @TempDir
    Path dataDir;

    @Test
    void everySetWhoseCommitReturnedSurvivesAKill() throws Exception {
        Random random = new Random(20261125L);
        long setsBefore = 0;
        for (int run = 0; run < RUNS; run++) {
            int confirmed = killAfter(1 + random.nextInt(2 * CrashDrill.SETS_PER_SESSION));

            HistoryStore.Opened reopened = HistoryStore.open(dataDir, Clock.systemUTC());
            assertEquals(List.of(), reopened.notices(), "run " + run + ": the records open cleanly");
            assertEquals("ok", integrityCheck(), "run " + run);
            long sets = sets(Histories.all(reopened.store())) + reopened.store().interrupted()
                    .map(s -> s.exercises().get(0).setsCompleted()).orElse(0L);
            assertTrue(sets >= setsBefore + confirmed, "run " + run + ": " + confirmed + " sets confirmed, "
                    + (sets - setsBefore) + " kept");
            // The next run starts from here; the interrupted session is kept, as "Keep" would.
            reopened.store().interrupted().ifPresent(s -> add(reopened.store(), s));
            reopened.store().close();
            setsBefore = sets;
        }
        try (var files = Files.list(dataDir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".unreadable-")));
        }
    }

    /** Starts the drill, kills it once it has confirmed {@code sets} sets, and returns how many it confirmed. */
    private int killAfter(int sets) throws IOException, InterruptedException {
        Process drill = new ProcessBuilder(javaBinary(), "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), CrashDrill.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        int confirmed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(drill.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (confirmed < sets && (line = out.readLine()) != null) {
                if (line.startsWith("SET ")) {
                    confirmed = Integer.parseInt(line.substring(4).strip());
                }
            }
            // destroyForcibly is SIGKILL on Linux and macOS, mid-way through the save after the one confirmed.
            drill.destroyForcibly();
            assertTrue(drill.waitFor(30, TimeUnit.SECONDS), "the drill did not die");
        }
        assertEquals(sets, confirmed, "the drill stopped before it was killed");
        return confirmed;
    }

    private static long sets(List<SessionRecord> sessions) {
        return sessions.stream().mapToLong(s -> s.exercises().get(0).setsCompleted()).sum();
    }

    private static void add(HistoryStore store, SessionRecord session) {
        try {
            store.add(session);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String integrityCheck() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("knee-coach.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            return r.getString(1);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
