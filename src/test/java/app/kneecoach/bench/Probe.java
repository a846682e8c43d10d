package app.kneecoach.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@link StartupProbe} in a fresh JVM (this JDK's) with the tests' headless toolkit. */
final class Probe {
    private Probe() {
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Runs the probe ({@code app DATA_DIR} or {@code bare}) with these JVM options on this class path;
     * returns its start to first frame (ms) and its resident memory then (KB).
     */
    static long[] run(List<String> jvmOptions, String classPath, List<String> probeArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java().toString()));
        command.addAll(jvmOptions);
        command.addAll(Headless.jvmOptions());
        command.addAll(List.of("-cp", classPath, StartupProbe.class.getName()));
        command.addAll(probeArgs);
        ChildRun run = ChildRun.of("StartupProbe " + String.join(" ", probeArgs), new ProcessBuilder(command))
                .orFail();
        String[] report = run.lineStartingWith("STARTUP ")
                .orElseThrow(() -> run.failure("exited without reporting its first frame")).split(" ");
        return new long[] {Long.parseLong(report[1]), Long.parseLong(report[2])};
    }
}
