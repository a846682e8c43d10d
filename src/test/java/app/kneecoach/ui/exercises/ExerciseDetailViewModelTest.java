package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.testing.LoggedTimes;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Variation;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the exercise's page shows, without a window: its texts, its lists, and the sections left out. */
class ExerciseDetailViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    private final AppServices services = TestServices.quiet();
    private final ExerciseDetailViewModel model = new ExerciseDetailViewModel(Messages.DEFAULT,
            new StartCardViewModel(Messages.DEFAULT, services, planned -> { }), services);

    @Test
    void anExerciseThatHurtSaysSoOnItsPageFromTheRecords() throws IOException {
        Exercise stepUps = CATALOG.exercise("step-ups").orElseThrow();
        model.show(stepUps);
        assertFalse(model.hurtNoteShown().get(), "never hurt: no note");

        Instant at = Instant.parse("2026-11-24T09:00:00Z");
        services.storage().store().add(new SessionRecord("h", at, at.plusSeconds(60), Optional.empty(),
                List.of(new ExerciseRecord("step-ups", "Step ups", SessionChoice.lowest(stepUps.dosage()),
                        Optional.empty(), List.of(), ExerciseOutcome.HURT)), OptionalInt.empty(), Optional.empty(),
                OptionalInt.empty(), Optional.empty(), SessionStatus.ENDED_EARLY));
        model.showHurtNote();
        assertTrue(model.hurtNoteShown().get());
        assertEquals("On " + Formats.DEFAULT.day(LocalDate.of(2026, 11, 24)) + " this exercise hurt. The article"
                + " advises leaving out, for now, any exercise that causes knee pain.", model.hurtNote().get());

        model.show(CATALOG.exercise("bridge").orElseThrow());
        assertFalse(model.hurtNoteShown().get(), "another exercise has its own records");
    }

    @Test
    void aSuggestionTakenOnThePageMovesTheStartCardToItsDose() throws IOException {
        Exercise legRaise = CATALOG.exercise("lateral-leg-raise").orElseThrow();
        Instant first = Instant.parse("2026-11-01T09:00:00Z");
        for (int day = 0; day < 3; day++) {
            services.storage().store().add(LoggedTimes.done(legRaise, first, day, 10, 2, 1, 1));
        }
        model.show(legRaise);
        assertTrue(model.suggestion().shown().get());
        assertEquals(10, model.startCard().target().get(), "the article's lowest until it is taken");

        model.suggestion().accept();
        assertEquals(15, model.startCard().target().get());
        assertEquals(2, model.startCard().sets().get());
    }

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
        assertEquals(bridge.startPosition().asWritten(), model.startPosition().get());
        assertEquals(bridge.writtenSteps(), model.steps().items());
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
