package app.kneecoach.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every other test runs the app on the class path, where FXMLLoader may reflect into anything. The app itself runs
 * as the module app.kneecoach (javafx:run, the app image), where it may reflect only into what module-info opens:
 * a view naming a domain class, or a new package not opened, works in every test and fails for the person. This
 * starts the app as that module in its own JVM (headless: Monocle patched into javafx.graphics for the run),
 * opens every section and starts a session into the player.
 */
class ModuleSmokeTest {
    @TempDir
    Path dataDir;

    @Test
    void asTheNamedModuleEveryViewLoads() throws IOException, InterruptedException {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String modules = classPath.stream().filter(ModuleSmokeTest::isAppModule)
                .collect(Collectors.joining(File.pathSeparator));
        String monocle = classPath.stream().filter(e -> e.contains("openjfx-monocle")).findFirst().orElseThrow();
        String testClasses = classPath.stream().filter(e -> e.endsWith("test-classes")).findFirst().orElseThrow();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "--module-path", modules, "--add-modules", "app.kneecoach",
                "--patch-module", "javafx.graphics=" + monocle,
                // The driver (on the class path) subclasses the Application, which only javafx.graphics may see.
                "--add-exports", "app.kneecoach/app.kneecoach.app=ALL-UNNAMED",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", testClasses, ModuleSmokeDriver.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the module run ended");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(output.contains("SMOKE OK"), output);
        assertEquals(0, child.exitValue(), output);
        assertTrue(Files.exists(dataDir.resolve("knee-coach.db")), "the records opened too");
    }

    /** The app's classes and its libraries as the app image's lib/app holds them: JavaFX for this platform. */
    private static boolean isAppModule(String entry) {
        String name = Path.of(entry).getFileName().toString();
        return entry.endsWith(File.separator + "classes") || name.startsWith("sqlite-jdbc")
                || name.startsWith("jackson-") || name.matches("javafx-\\w+-[\\d.]+-\\w+\\.jar");
    }
}
