package app.kneecoach.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An {@link InstanceProbe} in its own JVM; its output lines are read as they come, each wait bounded. */
final class ProbeRun implements AutoCloseable {
    /** A generous bound for a JVM to start on a busy two-core machine; the tests' claims are far tighter. */
    static final Duration START = Duration.ofSeconds(30);

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ProbeRun(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readLines, "probe-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ProbeRun start(Path dataDir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin",
                "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
        // As the app runs (C1 only, serial GC): these JVMs start faster and leave the two cores to each other.
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), InstanceProbe.class.getName(), dataDir.toString());
        return new ProbeRun(builder.redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** The next line it prints; fails if none comes within {@code wait}. */
    String nextLine(Duration wait) throws InterruptedException {
        String line = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(line, "the probe printed nothing more within " + wait);
        return line;
    }

    /** The port of an owner, once it has claimed the folder. */
    int awaitOwner() throws InterruptedException {
        String line = nextLine(START);
        assertTrue(line.startsWith("owner "), "expected an owner, got: " + line);
        return Integer.parseInt(line.substring("owner ".length()));
    }

    void send(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Closes its stdin, which is what ends an owner. */
    void endInput() throws IOException {
        process.getOutputStream().close();
    }

    /** Its exit code; fails if it is still running after {@code wait}. */
    int awaitExit(Duration wait) throws InterruptedException {
        assertTrue(process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS), "the probe is still running after " + wait);
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Like a crash or {@code kill -9}: no shutdown hooks, nothing released but what the OS releases. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertEquals(true, process.waitFor(START.toMillis(), TimeUnit.MILLISECONDS), "the probe did not die");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void readLines() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The process is gone; the waits report what is missing.
        }
    }
}
