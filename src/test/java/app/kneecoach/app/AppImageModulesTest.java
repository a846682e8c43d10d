package app.kneecoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The app image runs the module app.kneecoach from its lib/app (with JavaFX, Jackson and sqlite-jdbc beside it)
 * on a runtime cut down to the JDK modules listed in pom.xml (jpackage --add-modules). The tests run on the full
 * JDK and the class path, so a module missing from that list would fail only in the installed app: this resolves
 * the app's module graph as the image does, against exactly the listed JDK modules, and keeps the list lean.
 */
class AppImageModulesTest {
    private static final Pattern ADD_MODULES = Pattern.compile(
            "<argument>--add-modules</argument>\\s*<argument>([^<]+)</argument>");
    /** Not required by any module, needed all the same: the dates in the person's regional English (Formats). */
    private static final Set<String> WANTED_THOUGH_NOT_REQUIRED = Set.of("jdk.localedata");

    @Test
    void theImageRuntimeHasEveryJdkModuleTheAppsModuleGraphNeedsAndNoMore() throws IOException {
        Matcher listed = ADD_MODULES.matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(listed.find(), "the package profile lists its modules");
        Set<String> inImage = new TreeSet<>(Arrays.asList(listed.group(1).split(",")));

        ModuleFinder runtime = only(ModuleFinder.ofSystem(), inImage);
        ModuleFinder appDir = ModuleFinder.of(imageLibraries().toArray(Path[]::new));
        // Fails with "Module X not found, required by Y" when the list lacks one, as the image would at start.
        Configuration graph = Configuration.empty().resolve(runtime, appDir, Set.of("app.kneecoach"));

        Set<String> used = graph.modules().stream().map(ResolvedModule::name)
                .filter(name -> ModuleFinder.ofSystem().find(name).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
        used.addAll(WANTED_THOUGH_NOT_REQUIRED);
        assertEquals(used, inImage, "jpackage's --add-modules in pom.xml: exactly what the module graph needs");
    }

    /** What the image's lib/app holds as modules: the app's classes, JavaFX for this platform, the libraries. */
    private static List<Path> imageLibraries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.endsWith(Path.of("target", "classes")) || isLibrary(p.getFileName().toString()))
                .toList();
    }

    private static boolean isLibrary(String jar) {
        return jar.startsWith("sqlite-jdbc") || jar.startsWith("jackson-")
                || jar.matches("javafx-\\w+-[\\d.]+-\\w+\\.jar");
    }

    private static ModuleFinder only(ModuleFinder finder, Set<String> names) {
        return new ModuleFinder() {
            @Override
            public Optional<ModuleReference> find(String name) {
                return names.contains(name) ? finder.find(name) : Optional.empty();
            }

            @Override
            public Set<ModuleReference> findAll() {
                return finder.findAll().stream().filter(m -> names.contains(m.descriptor().name()))
                        .collect(Collectors.toSet());
            }
        };
    }
}
