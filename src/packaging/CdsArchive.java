import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A build step of {@code mvn -Ppackage} (run as a source file: {@code java src/packaging/CdsArchive.java IMAGE
 * MONOCLE_JAR WORK}), not part of the app: gives the Linux app image a Class-Data Sharing archive, the classes its
 * start-up loads parsed once and mapped by every later start instead of read from the jars again.
 *
 * <p>The training is the image itself: its own runtime, JVM options and jars, started headless (Monocle beside
 * JavaFX on the class path for this one run) on an empty data folder, until the records have opened after the
 * first frame and the History view has been prepared. The same runtime then dumps the listed classes with the
 * launcher's module and class path (a script left in the image, {@link #dumpScript}), the launcher is told to use
 * the archive, and the archive is checked against the launcher.
 */
public final class CdsArchive {
    static final String ARCHIVE = "kneecoach.jsa";
    static final String CLASS_LIST = "kneecoach.classlist";
    static final String DUMP_SCRIPT = "kneecoach-cds.sh";
    /** What the launcher's configuration calls the folder of the app's jars (lib/app). */
    static final String APPDIR = "$APPDIR";
    /** Loaded on the records thread once the first frame is up: the start-up proper is over. */
    static final String AFTER_FIRST_FRAME = "app/kneecoach/userdata/Schema";
    /** The window prepares the History view two seconds after start-up; its classes belong in the archive too. */
    static final Duration SETTLE = Duration.ofSeconds(4);
    static final Duration LIMIT = Duration.ofSeconds(120);
    static final String GTK_GLASS = "com/sun/glass/ui/gtk/";
    static final String ES2_PRISM = "com/sun/prism/es2/";

    public static void main(String[] args) throws IOException, InterruptedException {
        if (!System.getProperty("os.name").equals("Linux")) {
            System.out.println("No CDS archive: only made for Linux app images (the layout differs elsewhere).");
            return;
        }
        Path image = Path.of(args[0]).toRealPath();
        Path monocle = Path.of(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        Path appDir = image.resolve("lib/app");
        Path java = image.resolve("lib/runtime/bin/java");
        Path config = appDir.resolve(image.getFileName() + ".cfg");
        List<String> cfg = Files.readAllLines(config);
        List<String> launch = launcherOptions(cfg, appDir.toString());
        String classPath = String.join(":", values(cfg, "app.classpath=", appDir.toString()));
        String mainClass = values(cfg, "app.mainclass=", appDir.toString()).get(0);

        Path classList = work.resolve("kneecoach.classlist");
        Files.deleteIfExists(classList);
        // On the class path with Monocle beside JavaFX: a class of a patched module is never listed (CDS cannot
        // archive it), and Monocle would have to be patched into javafx.graphics. The names are what the dump needs.
        List<String> training = new ArrayList<>(List.of(java.toString()));
        training.addAll(launch.stream().filter(o -> !o.startsWith("--module-path") && !o.startsWith("--add-modules"))
                .toList());
        // Trained on the start of every day but the first: the welcome is seen, so the window opens on Exercises.
        Path trainingData = Files.createDirectories(work.resolve("training-data"));
        Files.writeString(trainingData.resolve("settings.json"), "{\"schemaVersion\": 1, \"welcomeSeen\": true}");
        training.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-XX:DumpLoadedClassList=" + classList, "-cp", classPath + ":" + monocle, mainClass, "--data-dir",
                trainingData.toString()));
        train(new ProcessBuilder(training), classList, work.resolve("training.log"));
        addDisplayPipeline(classList, cfg, appDir);

        Path archive = appDir.resolve(ARCHIVE);
        Files.copy(classList, appDir.resolve(CLASS_LIST), StandardCopyOption.REPLACE_EXISTING);
        Path script = appDir.resolve(DUMP_SCRIPT);
        Files.write(script, dumpScript(cfg));
        script.toFile().setExecutable(true, false);
        run(new ProcessBuilder(script.toString()), work.resolve("dump.log"), "the CDS dump (" + DUMP_SCRIPT + ")");

        String option = "java-options=-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE;
        if (!cfg.contains(option)) {
            cfg.add(cfg.indexOf("[JavaOptions]") + 1, option);
            Files.write(config, cfg);
        }
        // A VM option, so it passes through the launcher: checks the archive against the real paths and exits.
        ProcessBuilder check = new ProcessBuilder(image.resolve("bin").resolve(image.getFileName()).toString());
        check.environment().put("JAVA_TOOL_OPTIONS", "-XX:+PrintSharedArchiveAndExit");
        Path checked = work.resolve("check.log");
        run(check, checked, "the launcher with -XX:+PrintSharedArchiveAndExit");
        if (Files.readAllLines(checked).stream().noneMatch(l -> l.startsWith("archive is valid"))) {
            throw new IllegalStateException("the launcher does not find its archive valid: see " + checked);
        }
        System.out.printf("CDS archive for the app image: %s (%d MB, %d classes listed); its launcher uses it%n",
                archive, Files.size(archive) >> 20, Files.readAllLines(classList).size());
    }

    /**
     * A real start on Linux draws through GTK and OpenGL (ES2), which the headless training cannot load: their
     * classes are listed from the javafx-graphics jar, so the archive holds them too (about 80 classes).
     */
    static void addDisplayPipeline(Path classList, List<String> cfg, Path appDir) throws IOException {
        Path graphics = values(cfg, "app.classpath=", appDir.toString()).stream().map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith("javafx-graphics")).findFirst().orElseThrow();
        List<String> names;
        try (var jar = new java.util.zip.ZipFile(graphics.toFile())) {
            names = jar.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.contains("module-info"))
                    .filter(n -> n.startsWith(GTK_GLASS) || n.startsWith(ES2_PRISM))
                    .map(n -> n.substring(0, n.length() - ".class".length())).toList();
        }
        Files.write(classList, names, java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * The dump, as a script in the image that finds its paths from where it lies. The archive holds the paths of
     * the jars it was made from and is not used once they differ (JDK 17 cannot relocate it), so an image that is
     * moved, or installed by the .deb (its postinst runs the script), redoes its archive there in seconds.
     */
    static List<String> dumpScript(List<String> cfg) {
        List<String> command = new ArrayList<>(List.of("$APPDIR/../runtime/bin/java", "-Xshare:dump",
                "-XX:SharedClassListFile=$APPDIR/" + CLASS_LIST, "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE + ".new"));
        command.addAll(launcherOptions(cfg, APPDIR));
        command.addAll(List.of("-cp", String.join(":", values(cfg, "app.classpath=", APPDIR))));
        return List.of("#!/bin/sh",
                "# Made by the build (src/packaging/CdsArchive.java): the CDS archive of the classes Knee Coach's",
                "# start-up loads, for the image where it is now (the archive holds the jars' paths). Run it again",
                "# after moving the image, as someone who may write this folder.",
                "set -e",
                "APPDIR=$(cd \"$(dirname \"$0\")\" && pwd -P)",
                "trap 'rm -f \"$APPDIR/" + ARCHIVE + ".new\"' EXIT",
                command.stream().map(CdsArchive::shellWord).collect(Collectors.joining(" ")),
                "mv -f \"$APPDIR/" + ARCHIVE + ".new\" \"$APPDIR/" + ARCHIVE + "\"");
    }

    /** In double quotes with $APPDIR left to the shell, every other character taken as it is. */
    static String shellWord(String value) {
        return Arrays.stream(value.split(Pattern.quote(APPDIR), -1))
                .map(part -> part.replaceAll("([\"\\\\`$])", "\\\\$1"))
                .collect(Collectors.joining(APPDIR, "\"", "\""));
    }

    /** The launcher's JVM options with $APPDIR as given, as it passes them (the archive needs the same). */
    static List<String> launcherOptions(List<String> cfg, String appDir) {
        return values(cfg, "java-options=", appDir).stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile"))
                .toList();
    }

    static List<String> values(List<String> cfg, String key, String appDir) {
        return cfg.stream().filter(l -> l.startsWith(key))
                .map(l -> l.substring(key.length()).replace(APPDIR, appDir)).toList();
    }

    /** Runs the headless app until its start-up is over (then a little longer), and ends it. */
    static void train(ProcessBuilder builder, Path classList, Path log) throws IOException, InterruptedException {
        Process app = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(LIMIT);
        while (!loaded(classList, AFTER_FIRST_FRAME)) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                app.destroyForcibly();
                throw new IllegalStateException("the training run did not reach its first frame: see " + log);
            }
            Thread.sleep(200);
        }
        Thread.sleep(SETTLE.toMillis());
        app.destroy();
        app.waitFor();
    }

    static boolean loaded(Path classList, String className) throws IOException {
        if (!Files.exists(classList)) {
            return false;
        }
        try (var lines = Files.lines(classList, StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(l -> l.equals(className) || l.startsWith(className + " "));
        }
    }

    static void run(ProcessBuilder builder, Path log, String what) throws IOException, InterruptedException {
        int status = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        if (status != 0) {
            throw new IllegalStateException(what + " exited with code " + status + ": see " + log);
        }
    }
}
