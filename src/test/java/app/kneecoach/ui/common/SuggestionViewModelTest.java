package app.kneecoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.ui.testing.LoggedTimes;
import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.userdata.ExercisePlan;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The suggestion card without a window: shown from the records, taken, put off, and a save that fails. */
class SuggestionViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Exercise LEG_RAISE = CATALOG.exercise("lateral-leg-raise").orElseThrow();

    private final FakeClock clock = new FakeClock();
    private final AppServices services = TestServices.with(clock, SoundPlayer.silent());
    private final List<Exercise> accepted = new ArrayList<>();
    private final SuggestionViewModel model = new SuggestionViewModel(Messages.DEFAULT, services, accepted::add);

    /** Three easy times at 2 sets of 10, a day apart, before the fake clock's now. */
    private void threeEasyTimes() throws IOException {
        Instant first = clock.now().minus(Duration.ofDays(5));
        for (int day = 0; day < 3; day++) {
            services.storage().store().add(LoggedTimes.done(LEG_RAISE, first, day, 10, 2, 1, 1));
        }
    }

    @Test
    void noLogNoCard() {
        model.show(LEG_RAISE);
        assertFalse(model.shown().get());
    }

    @Test
    void twoEasyTimesAreNotEnoughTheThirdShowsTheCardWithItsNumbers() throws IOException {
        Instant first = clock.now().minus(Duration.ofDays(5));
        services.storage().store().add(LoggedTimes.done(LEG_RAISE, first, 0, 10, 2, 1, 1));
        services.storage().store().add(LoggedTimes.done(LEG_RAISE, first, 1, 10, 2, 1, 1));
        model.show(LEG_RAISE);
        assertFalse(model.shown().get(), "two times: no card yet");

        services.storage().store().add(LoggedTimes.done(LEG_RAISE, first, 2, 10, 2, 1, 1));
        model.show(LEG_RAISE);
        assertTrue(model.shown().get());
        assertEquals("Try 2 sets of 15 reps", model.what().get());
        assertEquals("3 times in a row at 2 sets of 10 reps, every set done, pain 1 before and 1 after.",
                model.why().get());
        assertFalse(model.adviceShown().get());
        assertTrue(model.actionsShown().get());
        assertEquals("Use this: Try 2 sets of 15 reps", model.useName().get());
    }

    @Test
    void useThisStoresThePlanDosesTheOwnRoutinesAndTellsThePage() throws IOException {
        threeEasyTimes();
        Routine mine = services.routines().create("Mornings");
        services.routines().addItem(mine.id(), RoutineItem.lowest("lateral-leg-raise"));
        model.show(LEG_RAISE);

        model.accept();

        assertEquals(new ExercisePlan("lateral-leg-raise", OptionalInt.of(15), OptionalInt.of(2), OptionalInt.of(0),
                Optional.empty(), Optional.of(clock.now())), services.routines().plans().of("lateral-leg-raise"));
        assertEquals(OptionalInt.of(15), services.routines().routines().get(0).items().get(0).target());
        assertEquals(List.of(LEG_RAISE), accepted);
        assertFalse(model.actionsShown().get(), "taken: nothing more to choose");
        assertEquals(Messages.DEFAULT.get("suggestion.used"), model.message().get());

        model.show(LEG_RAISE);
        assertFalse(model.shown().get(), "the count starts again from the accepted dose");
    }

    @Test
    void notNowHidesTheCardAndTheEvidenceStartsAgain() throws IOException {
        threeEasyTimes();
        model.show(LEG_RAISE);
        model.dismiss();
        assertFalse(model.shown().get());
        assertEquals(Optional.of(clock.now()), services.routines().plans().of("lateral-leg-raise").dismissedAt());
        assertEquals(OptionalInt.empty(), services.routines().plans().of("lateral-leg-raise").target(),
                "no dose taken");
        model.show(LEG_RAISE);
        assertFalse(model.shown().get(), "the earlier times no longer count");
    }

    @Test
    void aSaveThatFailsSaysSoAndKeepsTheCardToTryAgain() throws IOException {
        threeEasyTimes();
        model.show(LEG_RAISE);
        services.storage().store().close();

        model.accept();

        assertTrue(model.shown().get());
        assertTrue(model.actionsShown().get(), "still there to try again");
        assertTrue(model.messageShown().get());
        assertTrue(model.message().get().startsWith("Nothing was changed: "), model.message().get());
        assertTrue(accepted.isEmpty());
        assertEquals(ExercisePlan.none("lateral-leg-raise"), services.routines().plans().of("lateral-leg-raise"));
    }
}
