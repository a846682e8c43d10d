package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Variation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the exercise's page shows, without a window: its texts, its lists, and the sections left out. */
class ExerciseDetailViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    private final ExerciseDetailViewModel model = new ExerciseDetailViewModel(Messages.DEFAULT,
            new StartCardViewModel(Messages.DEFAULT, TestServices.quiet(), (e, c) -> { }));

    @Test
    void theBridgeIsShownWithItsDosageStepsCautionsAndFigures() {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        model.show(bridge);
        assertEquals(bridge, model.exercise().get());
        assertEquals("Strengthening", model.category().get());
        assertEquals("Bridge", model.name().get());
        assertEquals("10–15 reps · hold 2–5 s at the top · up to 3 sets · both legs together",
                model.summary().get().replace('\u2002', ' '));
        assertEquals(bridge.targets(), model.targets().get());
        assertEquals(bridge.whyItHelps(), model.why().get());
        assertEquals(bridge.startPosition(), model.startPosition().get());
        assertEquals(bridge.steps(), model.steps().items());
        assertEquals(bridge.equipment(), model.equipment().items());
        assertFalse(model.noEquipmentShown().get());
        assertEquals(2, model.cautions().items().size());
        assertTrue(model.cautions().shown().get());
        assertEquals(List.of("Ball squeeze"), model.progressions().items().stream().map(Variation::name).toList());
        assertFalse(model.regressions().shown().get());
        assertTrue(model.figuresShown().get());
        assertEquals(10, model.startCard().target().get(), "the start card follows");
    }

    @Test
    void sectionsWithNothingInThemAreLeftOutAndNoEquipmentIsSaidInWords() {
        model.show(CATALOG.exercise("bridge").orElseThrow());
        Exercise listed = CATALOG.exercise("double-knee-to-chest").orElseThrow();
        // An exercise of one's own catalog may list nothing to have at hand.
        Exercise knees = new Exercise(listed.id(), listed.name(), listed.category(), listed.targets(),
                listed.whyItHelps(), List.of(), listed.startPosition(), listed.steps(), listed.cues(), listed.cautions(),
                listed.dosage(), listed.progressions(), listed.regressions(), listed.variations(), listed.otherOptions());
        model.show(knees);
        assertTrue(model.noEquipmentShown().get());
        assertEquals(List.of(), model.equipment().items());
        assertFalse(model.cautions().shown().get());
        assertFalse(model.progressions().shown().get(), "the bridge's are gone");
        assertEquals(List.of("One leg at a time"), model.regressions().items().stream().map(Variation::name).toList());
        assertEquals(knees.otherOptions(), model.otherOptions().items());
    }

    @Test
    void anExerciseWithoutPicturesHasNoFigures() {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        Exercise own = new Exercise("my-own-wall-sit", "Wall sit", bridge.category(), bridge.targets(),
                bridge.whyItHelps(), List.of(), bridge.startPosition(), bridge.steps(), List.of(), List.of(),
                bridge.dosage(), List.of(), List.of(), List.of(), List.of());
        model.show(own);
        assertFalse(model.figuresShown().get());
        assertFalse(model.cues().shown().get());
        assertFalse(model.otherOptions().shown().get());
        assertTrue(model.steps().shown().get());
    }
}
