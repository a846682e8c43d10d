package app.kneecoach.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The app image's runtime is cut down to the JDK modules listed in pom.xml (jpackage --add-modules). A library
 * that needs one more (sqlite-jdbc needs java.sql) runs in every test, on the full JDK, and fails only in the
 * installed app. So: every JDK module that the app's own classes and its libraries use must be on that list.
 */
class AppImageModulesTest {
    private static final Pattern ADD_MODULES = Pattern.compile(
            "<argument>--add-modules</argument>\\s*<argument>([^<]+)</argument>");

    @Test
    void theAppImageRuntimeHasEveryJdkModuleTheAppAndItsLibrariesUse() throws IOException {
        Matcher listed = ADD_MODULES.matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(listed.find(), "the package profile lists its modules");
        Set<String> inImage = new TreeSet<>(Arrays.asList(listed.group(1).split(",")));

        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17"));
        // The app's classes and its libraries, as the image ships them (JavaFX's own jars bring their modules).
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (entry.endsWith("classes") && !entry.endsWith("test-classes")
                    || name.startsWith("sqlite-jdbc") || name.startsWith("jackson-")) {
                args.add(entry);
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertTrue(status == 0, "jdeps: " + err);
        Set<String> needed = new TreeSet<>(Arrays.asList(out.toString().strip().split(",")));
        needed.removeIf(module -> module.startsWith("javafx."));
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(inImage);
        assertTrue(missing.isEmpty(), "add to jpackage's --add-modules in pom.xml: " + missing);
    }
}
