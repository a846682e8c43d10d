import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A build step of {@code mvn -Ppackage} (run as a source file: {@code java src/packaging/DebPackage.java JPACKAGE
 * OPTIONS...}), not part of the app: runs the jpackage command it is given, which makes the .deb from the finished
 * app image, where it can. jpackage needs dpkg-deb and fakeroot for a .deb; where either is missing (or this is not
 * Linux) it says so and the build goes on with the app image alone, so the profile builds everywhere.
 */
public final class DebPackage {
    static final List<String> TOOLS = List.of("dpkg-deb", "fakeroot");

    public static void main(String[] jpackage) throws IOException, InterruptedException {
        if (!System.getProperty("os.name").equals("Linux")) {
            System.out.println("No .deb: it is made only on Linux; the app image is in target/dist.");
            return;
        }
        List<String> missing = TOOLS.stream().filter(tool -> !onPath(tool)).toList();
        if (!missing.isEmpty()) {
            System.out.println("No .deb: not on PATH: " + String.join(", ", missing) + " (jpackage needs "
                    + String.join(" and ", TOOLS) + "; on Debian or Ubuntu: apt-get install dpkg fakeroot)."
                    + " The app image is in target/dist.");
            return;
        }
        int status = new ProcessBuilder(jpackage).inheritIO().start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("jpackage exited with code " + status + ": " + String.join(" ", jpackage));
        }
    }

    static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }
}
