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
 * {@code -Xshare:auto} silently starts without it, so callers check that it is used.
 */
final class CdsArchive {
    /** The archive's file name in the app image's lib/app, next to the jars. */
    static final String IMAGE_ARCHIVE = "kneecoach.jsa";

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

    /**
     * For {@code mvn -Ppackage}: gives the Linux app image in {@code args[0]} an archive, trained on this JVM's
     * (test) class path and dumped by the image's own runtime with its launcher's class path, and has the
     * launcher use it. {@code args[1]}: a work folder for the class list and the training's data folder.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (!System.getProperty("os.name").equals("Linux")) {
            System.out.println("No CDS archive: only made for Linux app images (the layout differs elsewhere).");
            return;
        }
        AppImage image = AppImage.at(Path.of(args[0]));
        Path work = Files.createDirectories(Path.of(args[1]));
        Path classList = work.resolve("kneecoach.classlist");
        Path data = Files.createDirectories(work.resolve("training-data"));
        train(System.getProperty("java.class.path"), List.of("app", data.toString()), classList);
        Path archive = image.appDir().resolve(IMAGE_ARCHIVE);
        dump(image.java(), image.classPath(), classList, archive);
        image.addJavaOption("-XX:SharedArchiveFile=$APPDIR/" + IMAGE_ARCHIVE);
        verifyLauncher(image.launcher());
        System.out.printf("CDS archive for the app image: %s (%d MB); its launcher uses it%n", archive,
                Files.size(archive) >> 20);
    }

    /** Fails unless the launcher starts its JVM with the archive; checked without opening a window. */
    private static void verifyLauncher(Path launcher) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString());
        // A VM option, so it passes through the launcher: checks the archive against the real class path and exits.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:+PrintSharedArchiveAndExit");
        ChildRun run = ChildRun.of(launcher + " with -XX:+PrintSharedArchiveAndExit", builder).orFail();
        run.lineStartingWith("archive is valid").orElseThrow(() -> run.failure("did not find its archive valid"));
    }
}
