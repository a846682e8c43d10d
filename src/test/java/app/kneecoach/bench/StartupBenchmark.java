package app.kneecoach.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start to the first painted window and resident memory, Knee Coach against a bare JavaFX window
 * (the floor), each in fresh JVMs, alternating, on the same JVM and toolkit (headless Monocle, as the
 * tests). Targets: start within 1.25x the floor, memory within 1.3x. {@code -Dbench.startRuns=N} (default 7).
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.startRuns", 7);
        Path dataDir = Files.createTempDirectory("knee-coach-start");
        List<long[]> bare = new ArrayList<>();
        List<long[]> app = new ArrayList<>();
        probe("bare", dataDir);
        probe("app", dataDir);
        for (int i = 0; i < runs; i++) {
            bare.add(probe("bare", dataDir));
            app.add(probe("app", dataDir));
        }
        long bareMs = median(bare, 0);
        long appMs = median(app, 0);
        long bareKb = median(bare, 1);
        long appKb = median(app, 1);
        System.out.println(BenchTable.render(List.of("measure (median of " + runs + ")", "bare window", "Knee Coach",
                "ratio", "target"), List.of(
                List.of("start to first frame", bareMs + " ms", appMs + " ms", ratio(appMs, bareMs), "<= 1.25"),
                List.of("resident memory", bareKb / 1024 + " MB", appKb / 1024 + " MB", ratio(appKb, bareKb),
                        "<= 1.30"))));
    }

    private static long[] probe(String which, Path dataDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                StartupProbe.class.getName(), which));
        if (which.equals("app")) {
            command.add(dataDir.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("STARTUP ")) {
                    String[] parts = line.split(" ");
                    process.waitFor();
                    return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
                }
            }
        }
        process.waitFor();
        throw new IllegalStateException(which + " exited without reporting its first frame");
    }

    private static long median(List<long[]> runs, int field) {
        List<Long> values = runs.stream().map(r -> r[field]).sorted().toList();
        return values.get(values.size() / 2);
    }

    private static String ratio(long value, long floor) {
        return String.format("%.2f", value / (double) floor);
    }
}
