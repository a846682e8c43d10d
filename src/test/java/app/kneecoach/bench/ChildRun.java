package app.kneecoach.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A child process run to its end; its output (stdout and stderr together) is kept to explain a failure. */
record ChildRun(String what, int exitCode, List<String> output) {
    private static final int TAIL_LINES = 25;

    static ChildRun of(String what, ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader in = process.inputReader(StandardCharsets.UTF_8)) {
            in.lines().forEach(output::add);
        }
        return new ChildRun(what, process.waitFor(), output);
    }

    /** This run if the child exited normally; otherwise a failure showing the end of its output. */
    ChildRun orFail() {
        if (exitCode != 0) {
            throw failure("exited with code " + exitCode);
        }
        return this;
    }

    Optional<String> lineStartingWith(String prefix) {
        return output.stream().filter(line -> line.startsWith(prefix)).findFirst();
    }

    IllegalStateException failure(String problem) {
        List<String> tail = output.subList(Math.max(0, output.size() - TAIL_LINES), output.size());
        return new IllegalStateException(what + " " + problem + "; the end of its output:\n    "
                + String.join("\n    ", tail));
    }
}
