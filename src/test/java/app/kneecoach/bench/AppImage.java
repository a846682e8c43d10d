package app.kneecoach.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A Linux app image as jpackage makes it: bin/NAME, the launcher's lib/app/NAME.cfg and the jars, lib/runtime. */
record AppImage(Path root, String name) {
    private static final String CLASS_PATH_KEY = "app.classpath=";
    private static final String JAVA_OPTIONS = "[JavaOptions]";

    static AppImage at(Path root) throws IOException {
        Path real = root.toRealPath();
        return new AppImage(real, real.getFileName().toString());
    }

    Path appDir() {
        return root.resolve("lib/app");
    }

    Path java() {
        return root.resolve("lib/runtime/bin/java");
    }

    Path launcher() {
        return root.resolve("bin").resolve(name);
    }

    private Path config() {
        return appDir().resolve(name + ".cfg");
    }

    /**
     * The class path the launcher passes to its JVM: the cfg's app.classpath entries in order, with $APPDIR
     * the absolute path of lib/app.
     */
    String classPath() throws IOException {
        return Files.readAllLines(config()).stream()
                .filter(line -> line.startsWith(CLASS_PATH_KEY))
                .map(line -> line.substring(CLASS_PATH_KEY.length()).replace("$APPDIR", appDir().toString()))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Adds a JVM option to the launcher's configuration, once; the launcher expands $APPDIR in it. */
    void addJavaOption(String option) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(config()));
        String entry = "java-options=" + option;
        if (lines.contains(entry)) {
            return;
        }
        int section = lines.indexOf(JAVA_OPTIONS);
        if (section < 0) {
            lines.add(JAVA_OPTIONS);
            lines.add(entry);
        } else {
            lines.add(section + 1, entry);
        }
        Files.write(config(), lines);
    }
}
