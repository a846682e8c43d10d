package app.kneecoach.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.Category;
import app.kneecoach.catalog.Dosage;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Range;
import app.kneecoach.catalog.SidedText;
import app.kneecoach.catalog.Sides;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExerciseFilterTest {
    private static final List<Exercise> EXERCISES = List.of(
            exercise("Inner thigh stretch", Category.STRETCH, "inner thigh", List.of("stretch strap"), "Loop the strap"),
            exercise("Bridge", Category.STRENGTHENING, "glutes and hamstrings", List.of(), "Lift your hips"),
            exercise("Step ups", Category.STRENGTHENING, "quadriceps", List.of("a step"), "Step up"));

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
        "''|Inner thigh stretch,Bridge,Step ups",
        "bridge|Bridge",
        "BRIDGE|Bridge",
        "strap|Inner thigh stretch",
        "  strap   thigh |Inner thigh stretch",
        "strengthening|Bridge,Step ups",
        "hamstrings|Bridge",
        "hips|Bridge",
        "strap bridge|''",
        "swim|''"})
    void everyWordMustMatchSomewhere(String query, String expected) {
        List<String> found = EXERCISES.stream().filter(ExerciseFilter.matching(query)).map(Exercise::name).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found);
    }

    private static Exercise exercise(String name, Category category, String targets, List<String> equipment, String step) {
        return new Exercise(name.toLowerCase().replace(' ', '-'), name, category, targets, "why", equipment,
                new SidedText("start"), List.of(new SidedText(step)), List.of(), List.of(), Dosage.hold(Range.atLeast(30), Range.between(2, 3), Sides.EACH_SIDE),
                List.of(), List.of(), List.of(), List.of());
    }
}
