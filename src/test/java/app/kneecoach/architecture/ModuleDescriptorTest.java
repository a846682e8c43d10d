package app.kneecoach.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.fxml.FXML;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path, where every package is open; the app runs as the module app.kneecoach, where
 * FXMLLoader can fill a controller only in a package opened to javafx.fxml. A view added to a package that is not
 * opened would pass every other test and fail in the installed app, so this reads the compiled descriptor.
 */
class ModuleDescriptorTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyPackageWithViewsIsOpenedToTheFxmlLoader() throws IOException {
        Set<String> needOpening = new TreeSet<>(packagesWithFxmlFiles());
        needOpening.addAll(packagesWithFxmlControllers());
        Set<String> opened = openedToFxml();
        assertTrue(needOpening.size() >= 8, "views found in " + needOpening);
        Set<String> missing = new TreeSet<>(needOpening);
        missing.removeAll(opened);
        assertEquals(Set.of(), missing, "add to module-info.java: opens PACKAGE to javafx.fxml");
    }

    /**
     * FXMLLoader reflects into every class an FXML file names (an element, {@code fx:constant}, {@code fx:factory}):
     * one outside the opened packages (a domain enum, say) loads on the class path and fails in the app.
     */
    @Test
    void fxmlNamesNoAppClassOutsideTheOpenedPackages() throws IOException {
        Set<String> opened = openedToFxml();
        Pattern appClass = Pattern.compile("app\\.kneecoach(\\.[a-z]\\w*)+(?=\\.[A-Z])");
        Set<String> outside = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path fxml : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher named = appClass.matcher(Files.readString(fxml));
                while (named.find()) {
                    if (!opened.contains(named.group())) {
                        outside.add(CLASSES.relativize(fxml) + " names a class of " + named.group());
                    }
                }
            }
        }
        assertEquals(Set.of(), outside, "FXML may name only classes of packages opened to javafx.fxml");
    }

    @Test
    void onlyTheEntryPointIsExportedAndOnlyToJavaFx() throws IOException {
        Set<String> exports = descriptor().exports().stream()
                .map(e -> e.source() + " to " + e.targets())
                .collect(Collectors.toSet());
        assertEquals(Set.of("app.kneecoach.app to [javafx.graphics]"), exports);
    }

    private static Set<String> openedToFxml() throws IOException {
        return descriptor().opens().stream()
                .filter(open -> open.targets().contains("javafx.fxml"))
                .map(ModuleDescriptor.Opens::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    private static Set<String> packagesWithFxmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".fxml"))
                    .map(f -> CLASSES.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toSet());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Set<String> packagesWithFxmlControllers() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.kneecoach").stream()
                .filter(c -> c.getMembers().stream().anyMatch(m -> m.isAnnotatedWith(FXML.class)))
                .map(JavaClass::getPackageName)
                .collect(Collectors.toSet());
    }
}
