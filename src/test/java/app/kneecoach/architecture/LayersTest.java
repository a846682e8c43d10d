package app.kneecoach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The layers of docs/architecture.md, checked on the compiled app: the domain knows nothing of JavaFX or the UI, a
 * view model knows nothing of the scene graph, a feature never reaches into another, and no packages form a
 * cycle. ArchUnit also fails a rule whose "that" matches no class, so a renamed package cannot empty a rule.
 */
class LayersTest {
    static final String APP = "app.kneecoach";
    static final List<String> DOMAIN = List.of("catalog", "json", "session", "sound", "figure", "instance",
            "userdata");
    /** The UI features; each may use ui.common and the domain, and only the shell puts them together. */
    static final List<String> FEATURES = List.of("exercises", "player", "routines", "history", "settings", "pages");

    private static final JavaClasses APP_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);

    /** Every rule, for the packages under {@code root} (the app's, or the crossing fixtures' in a test). */
    static List<ArchRule> rules(String root) {
        Stream<ArchRule> domain = DOMAIN.stream().map(pkg -> domainIsPlainJava(root, pkg));
        Stream<ArchRule> features = FEATURES.stream().map(feature -> featureStaysInItsLane(root, feature));
        return Stream.of(domain, features, Stream.of(
                viewModelsKnowNoScene(root),
                commonKnowsNoFeature(root),
                noCycles(root + ".(*).."),
                noCycles(root + ".ui.(*)..")
        )).flatMap(s -> s).toList();
    }

    @TestFactory
    Stream<DynamicTest> theAppKeepsItsLayers() {
        // allowEmptyShould(false): every package and the view models named above exist; a rule on nothing proves nothing.
        return rules(APP).stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                () -> rule.allowEmptyShould(false).check(APP_CLASSES)));
    }

    static ArchRule domainIsPlainJava(String root, String pkg) {
        return noClasses().that().resideInAPackage(root + "." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", root + ".ui..", root + ".app..")
                .because("the domain is plain Java, testable and usable without a window");
    }

    static ArchRule viewModelsKnowNoScene(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..",
                        "javafx.stage..", "javafx.application..")
                .because("a view model holds state and actions as properties; plain tests reach it without a toolkit");
    }

    static ArchRule featureStaysInItsLane(String root, String feature) {
        String[] elsewhere = Stream.concat(FEATURES.stream().filter(f -> !f.equals(feature)), Stream.of("shell"))
                .map(f -> root + ".ui." + f + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + ".ui." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(elsewhere)
                .because("features share only ui.common; the shell alone puts them together");
    }

    static ArchRule commonKnowsNoFeature(String root) {
        String[] features = Stream.concat(FEATURES.stream(), Stream.of("shell"))
                .map(f -> root + ".ui." + f + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + ".ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .because("what is shared must not pull in a feature");
    }

    static ArchRule noCycles(String slicePattern) {
        return slices().matching(slicePattern).should().beFreeOfCycles();
    }
}
