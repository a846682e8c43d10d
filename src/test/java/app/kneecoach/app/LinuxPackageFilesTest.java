package app.kneecoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the .deb installs besides the image, kept in step with the app and the pom: these files are read only by
 * jpackage in {@code mvn -Ppackage}, which the tests do not run.
 */
class LinuxPackageFilesTest {
    private static final Path RESOURCES = Path.of("src/packaging/linux");

    @Test
    void theMenuEntryNamesTheAppAndBelongsToItsWindow() throws IOException {
        Map<String, String> entry = Files.readAllLines(RESOURCES.resolve("KneeCoach.desktop")).stream()
                .filter(line -> line.contains("=")).collect(Collectors.toMap(
                        line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1)));
        assertEquals("Knee Coach", entry.get("Name"));
        assertEquals("Application", entry.get("Type"));
        // jpackage fills these in with the installed launcher, icon, description and --linux-menu-group.
        assertEquals("APPLICATION_LAUNCHER", entry.get("Exec"));
        assertEquals("APPLICATION_ICON", entry.get("Icon"));
        assertEquals("APPLICATION_DESCRIPTION", entry.get("Comment"));
        assertEquals("DEPLOY_BUNDLE_CATEGORY", entry.get("Categories"));
        // JavaFX names the window's class after the Application: the desktop then shows the window under this entry.
        assertEquals(KneeCoachApp.class.getName(), entry.get("StartupWMClass"));
    }

    @Test
    void theInstallScriptRemakesTheArchiveWhereThePomInstallsTheApp() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String installed = argument(pom, "--install-dir") + "/" + argument(pom, "--linux-package-name");
        String postinst = Files.readString(RESOURCES.resolve("postinst"));
        assertTrue(postinst.contains(installed + "/lib/app/kneecoach-cds.sh "), installed + " in postinst");
        assertTrue(postinst.contains("DESKTOP_COMMANDS_INSTALL"), "jpackage's menu entry is still installed");
        assertTrue(Files.readString(Path.of("src/packaging/CdsArchive.java"))
                .contains("DUMP_SCRIPT = \"kneecoach-cds.sh\""), "the script CdsArchive leaves in the image");
    }

    private static String argument(String pom, String option) {
        Matcher value = Pattern.compile("<argument>" + option + "</argument>\\s*<argument>([^<]+)</argument>")
                .matcher(pom);
        assertTrue(value.find(), option + " in pom.xml");
        return value.group(1);
    }
}
