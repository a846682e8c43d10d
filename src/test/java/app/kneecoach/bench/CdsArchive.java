package app.kneecoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A static Class-Data Sharing archive: the classes a start-up loads, parsed once and mapped by later JVMs
 * instead of read from the jars again. Made in two steps: a training run lists the classes a headless
 * {@link StartupProbe} loads up to its first frame, then a JVM dumps them. A JVM uses the archive only on the
 * runtime that dumped it and with the same class path (further entries may follow); otherwise the default
 * {@code -Xshare:auto} silently starts without it, so callers check that it is used. For the start-up benchmark;
 * the app image's archive is made at packaging time by src/packaging/CdsArchive.java.
 */
final class CdsArchive {
    private CdsArchive() {
    }

    /** Lists the classes the probe ({@code app DATA_DIR} or {@code bare}) loads on this class path. */
    static void train(String classPath, List<String> probeArgs, Path classList)
            throws IOException, InterruptedException {
        Probe.run(List.of("-XX:DumpLoadedClassList=" + classList), classPath, probeArgs);
    }

    /**
     * Dumps the listed classes with this java executable, whose runtime the archive then belongs to. The class
     * path must be jars only (CDS refuses class directories) and is the one the archive is used with; listed
     * classes it does not hold (the training's Monocle, say) are skipped.
     */
    static void dump(Path java, String classPath, Path classList, Path archive)
            throws IOException, InterruptedException {
        ChildRun.of("the CDS dump", new ProcessBuilder(java.toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive, "-cp", classPath))
                .orFail();
    }
}
