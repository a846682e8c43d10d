package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.ChoiceBounds;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.Side;
import app.kneecoach.session.Tempo;
import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.userdata.ExercisePlan;
import app.kneecoach.userdata.UserSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The start card's state, without a window: limits, the session it starts, and the order of the legs. */
class StartCardViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    private final AppServices services = TestServices.quiet();
    private final List<String> started = new ArrayList<>();
    private final List<SessionChoice> choices = new ArrayList<>();
    private final List<PlannedExercise> planned = new ArrayList<>();
    private final StartCardViewModel model = new StartCardViewModel(Messages.DEFAULT, services, chosen -> {
        started.add(chosen.exercise().id());
        choices.add(chosen.choice());
        planned.add(chosen);
    });

    @Test
    void aStretchAsksForTheHoldAndTheSetsOnlyInFiveSecondSteps() {
        model.show(exercise("inner-thigh-stretch"));
        assertEquals(new ChoiceBounds(30, ChoiceBounds.LONGEST_HOLD_SECONDS, 5, 2, 3, 0, 0), model.bounds().get());
        assertEquals("Hold, seconds", model.targetLabel().get());
        assertTrue(model.targetShown().get());
        assertTrue(model.setsShown().get());
        assertFalse(model.topHoldShown().get());
        assertFalse(model.styleShown().get(), "a hold is not paced");
        assertEquals(30, model.target().get());
        assertEquals(2, model.sets().get());
    }

    @Test
    void theBridgeAsksForRepsTheTopHoldAndThePace() {
        model.show(exercise("bridge"));
        assertEquals(new ChoiceBounds(10, 15, 1, 1, 3, 2, 5), model.bounds().get());
        assertEquals("Reps per set", model.targetLabel().get());
        assertTrue(model.topHoldShown().get());
        assertTrue(model.styleShown().get());
        assertTrue(model.fieldsShown().get());
    }

    @Test
    void startBeginsTheSessionWithTheValuesChosen() {
        model.show(exercise("bridge"));
        model.target().set(12);
        model.sets().set(3);
        model.topHold().set(4);
        model.selfPaced().set(true);
        model.start();
        assertEquals(List.of("bridge"), started);
        assertEquals(new SessionChoice(DosageMode.REPS, 12, 3, 4, RepStyle.SELF_PACED, Tempo.DEFAULT), choices.get(0));
    }

    @Test
    void anotherExerciseStartsAgainFromTheLowestDosePaced() {
        model.show(exercise("bridge"));
        model.target().set(15);
        model.selfPaced().set(true);
        model.show(exercise("lateral-leg-raise"));
        assertEquals(SessionChoice.lowest(exercise("lateral-leg-raise").dosage()), model.choice());
        assertFalse(model.selfPaced().get());
    }

    @Test
    void restsWaitForReadyAsTheSettingSaysUnlessThisSessionIsChosenOtherwise() throws IOException {
        model.show(exercise("supine-hamstring-stretch"));
        assertFalse(model.restUntilReady().get(), "timed rests by default");
        model.restUntilReady().set(true);
        model.start();
        assertTrue(choices.get(0).restUntilReady(), "this session's rests wait");

        services.userSettings().save(services.userSettings().settings().withRestUntilReady(true));
        model.show(exercise("bridge"));
        assertTrue(model.restUntilReady().get(), "the setting's choice to begin with");
        model.restUntilReady().set(false);
        model.start();
        assertFalse(choices.get(1).restUntilReady(), "timed rests this once");
    }

    @Test
    void theOrderOfTheLegsFollowsTheSettings() throws IOException {
        model.show(exercise("supine-hamstring-stretch"));
        assertEquals("All sets on the right leg first, then the left leg.", model.order().get());

        UserSettings now = services.userSettings().settings();
        services.userSettings().save(new UserSettings(now.sound(), now.volume(), now.getReadySeconds(),
                now.stretchRestSeconds(), now.strengthRestSeconds(), now.liftMillis(), now.lowerMillis(), Side.LEFT,
                now.theme(), now.textSize(), now.welcomeSeen(), now.cues(), false));
        model.show(exercise("supine-hamstring-stretch"));
        assertEquals("All sets on the left leg first, then the right leg.", model.order().get());

        model.show(exercise("bridge"));
        assertEquals("Both legs together.", model.order().get());

        model.show(exercise("step-ups"));
        assertEquals("The legs take turns rep by rep; each set starts with the left leg.", model.order().get());
    }

    @Test
    void legsThatTakeTurnsSayTheOrderAndCountTheRepsOnEachLeg() {
        model.show(exercise("seated-straight-leg-raise"));
        assertEquals("The legs take turns rep by rep; each set starts with the right leg.", model.order().get());
        assertEquals("Reps on each leg, per set", model.targetLabel().get());
        assertFalse(model.topHoldShown().get(), "the article's one second at the top is not a choice");
        assertEquals(1, model.choice().topHoldSeconds());
    }

    @Test
    void anAcceptedPlanSetsTheDoseAndVersionTheCardBeginsAtAndStarts() throws IOException {
        services.routines().plans().put(new ExercisePlan("bridge", OptionalInt.of(15), OptionalInt.of(3),
                OptionalInt.of(5), Optional.of("Ball squeeze"), Optional.empty()));
        model.show(exercise("bridge"));
        assertEquals(15, model.target().get());
        assertEquals(3, model.sets().get());
        assertEquals(5, model.topHold().get());
        assertTrue(model.versionShown().get());
        assertEquals("Version: Ball squeeze", model.version().get());

        model.start();
        assertEquals(Optional.of("Ball squeeze"), planned.get(0).variation().map(v -> v.name()));
        assertEquals(15, planned.get(0).choice().target());

        model.show(exercise("step-ups"));
        assertFalse(model.versionShown().get(), "another exercise has its own plan");
        assertEquals(10, model.target().get());
    }

    @Test
    void aPlanOutsideTheCatalogsRangeIsKeptWithinItAndAnUnknownVersionIsLeftOut() throws IOException {
        // As if the catalog had changed since the plan was accepted: 20 reps, 5 sets, a version it no longer has.
        services.routines().plans().put(new ExercisePlan("lateral-leg-raise", OptionalInt.of(20), OptionalInt.of(5),
                OptionalInt.of(0), Optional.of("Gone"), Optional.empty()));
        model.show(exercise("lateral-leg-raise"));
        assertEquals(15, model.target().get());
        assertEquals(3, model.sets().get());
        assertFalse(model.versionShown().get());
        model.start();
        assertEquals(Optional.empty(), planned.get(0).variation());

        services.routines().plans().put(new ExercisePlan("lateral-leg-raise", OptionalInt.of(4), OptionalInt.of(1),
                OptionalInt.of(0), Optional.empty(), Optional.empty()));
        model.show(exercise("lateral-leg-raise"));
        assertEquals(10, model.target().get(), "below the range: its lowest");
        assertEquals(2, model.sets().get());
    }

    private static Exercise exercise(String id) {
        return CATALOG.exercise(id).orElseThrow();
    }
}
