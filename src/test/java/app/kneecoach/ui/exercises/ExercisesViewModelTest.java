package app.kneecoach.ui.exercises;

import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The exercise list's state, without a window: grouping, search and what Enter in the search box does. */
class ExercisesViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    private final ExercisesViewModel model = new ExercisesViewModel(CATALOG, TestServices.quiet(), planned -> { });

    @Test
    void listsEveryExerciseByCategoryWithACaptionAboveTheFirstOfEach() {
        assertEquals(List.of("inner-thigh-stretch", "supine-hamstring-stretch", "side-lunge-stretch",
                "seated-butterfly-stretch", "seated-straight-leg-raise", "bridge", "lateral-leg-raise", "step-ups",
                "double-knee-to-chest"), ids());
        List<String> captions = IntStream.range(0, model.shown().size())
                .mapToObj(i -> model.row(i, model.shown().get(i)))
                .filter(ExercisesViewModel.Row::startsGroup).map(ExercisesViewModel.Row::caption).toList();
        assertEquals(List.of("STRETCHES", "STRENGTHENING", "CORE"), captions);
    }

    @Test
    void aRowGivesTheNameTheDosageAndBothToAScreenReader() {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        ExercisesViewModel.Row row = model.row(5, bridge);
        assertFalse(row.startsGroup(), "the second strengthening exercise");
        assertEquals("Bridge", row.name());
        assertEquals("10–15 reps · hold 2–5 s at the top · up to 3 sets · both legs together",
                row.summary().replace('\u2002', ' '));
        assertEquals("Bridge, " + row.summary(), row.accessibleText());
    }

    @Test
    void startsWithTheFirstExerciseChosenAndShown() {
        assertEquals("inner-thigh-stretch", model.selected().get().id());
        assertEquals("Inner thigh stretch", model.detail().name().get());
    }

    @Test
    void theSearchFiltersTheListAndSaysWhenNothingMatches() {
        model.query().set("bridge");
        assertEquals(List.of("bridge"), ids());
        assertFalse(model.noMatchShown().get());
        assertEquals("", model.noMatchText().get());

        model.query().set("bridge zzz ");
        assertEquals(List.of(), ids());
        assertTrue(model.noMatchShown().get());
        assertEquals("No exercise matches \u201cbridge zzz\u201d.", model.noMatchText().get());

        model.query().set("bridge");
        assertFalse(model.noMatchShown().get());
        assertEquals(1, model.shown().size());
    }

    @Test
    void enterInTheSearchBoxChoosesTheFirstMatch() {
        model.query().set("step");
        assertTrue(model.goToFirstMatch());
        assertEquals("step-ups", model.selected().get().id());
        assertEquals("Step ups", model.detail().name().get());

        model.query().set("swim");
        assertFalse(model.goToFirstMatch(), "nothing to move to");
        assertEquals("step-ups", model.selected().get().id());
    }

    @Test
    void whileASearchHidesTheChosenExerciseItsDetailsStay() {
        model.select(CATALOG.exercise("bridge").orElseThrow());
        model.query().set("stretch");
        model.select(null);
        assertEquals("Bridge", model.detail().name().get());
    }

    private List<String> ids() {
        return model.shown().stream().map(Exercise::id).toList();
    }
}
