package app.kneecoach.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link LayersTest} do fail when a layer is crossed: the small classes under
 * {@code architecture.crossing} (a copy of the app's package layout) break each kind of rule once, and exactly
 * those rules report them, naming the class that crossed.
 */
class LayersRulesCatchTest {
    private static final String CROSSING = "app.kneecoach.architecture.crossing";
    private static final JavaClasses CROSSING_CLASSES = new ClassFileImporter().importPackages(CROSSING);

    @Test
    void eachKindOfCrossingIsReportedByItsRule() {
        Map<String, String> failed = new TreeMap<>();
        for (ArchRule rule : LayersTest.rules(CROSSING)) {
            EvaluationResult result = rule.allowEmptyShould(true).evaluate(CROSSING_CLASSES);
            if (result.hasViolation()) {
                failed.put(rule.getDescription(), String.join("\n", result.getFailureReport().getDetails()));
            }
        }
        assertEquals(5, failed.size(), "rules that failed: " + failed.keySet());
        assertReported(failed, "reside in a package '" + CROSSING + ".catalog..'", "DomainWithWindow");
        assertReported(failed, "ViewModel", "LeakingViewModel");
        assertReported(failed, "reside in a package '" + CROSSING + ".ui.routines..'", "BorrowingRoutines");
        assertReported(failed, "reside in a package '" + CROSSING + ".ui.common..'", "SharedWidget");
        assertReported(failed, "cycles", "PlayerThing");
    }

    private static void assertReported(Map<String, String> failed, String ruleMentions, String culprit) {
        List<String> matching = failed.keySet().stream().filter(d -> d.contains(ruleMentions)).toList();
        assertEquals(1, matching.size(), "one failed rule mentions " + ruleMentions + ": " + failed.keySet());
        assertTrue(failed.get(matching.get(0)).contains(culprit), () -> matching.get(0) + " names " + culprit + ":\n"
                + failed.get(matching.get(0)));
    }
}
