package app.kneecoach.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.SuggestionViewModel;
import app.kneecoach.ui.testing.LoggedTimes;
import app.kneecoach.ui.testing.TestServices;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session's end: a card for each exercise just done that has a next step, or straight back when none has. */
class SessionEndViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Exercise LEG_RAISE = CATALOG.exercise("lateral-leg-raise").orElseThrow();
    private static final Exercise BRIDGE = CATALOG.exercise("bridge").orElseThrow();

    private final FakeClock clock = new FakeClock();
    private final AppServices services = TestServices.with(clock, SoundPlayer.silent());
    private final List<SessionEndViewModel> shown = new ArrayList<>();
    private int closed;

    private void check(List<Exercise> done) {
        SessionEndViewModel.check(done, services, shown::add, () -> closed++);
    }

    @Test
    void withoutANextStepTheSessionEndsAsBefore() {
        check(List.of(LEG_RAISE, BRIDGE));
        assertTrue(shown.isEmpty());
        assertEquals(1, closed);
    }

    @Test
    void eachExerciseWithANextStepHasItsCardAndDoneGoesBack() throws IOException {
        Instant first = clock.now().minus(Duration.ofDays(4));
        for (int day = 0; day < 3; day++) {
            services.storage().store().add(LoggedTimes.done(LEG_RAISE, first, day, 10, 2, 1, 1));
        }
        check(List.of(BRIDGE, LEG_RAISE));

        assertEquals(0, closed, "the screen waits for Done");
        List<SuggestionViewModel> cards = shown.get(0).suggestions();
        assertEquals(1, cards.size(), "the bridge has no next step yet");
        assertEquals("A next step for Lateral leg raise, from your log", cards.get(0).title().get());
        assertEquals("Try 2 sets of 15 reps", cards.get(0).what().get());

        cards.get(0).accept();
        assertEquals(15, services.routines().plans().of(LEG_RAISE.id()).target().orElseThrow());
        shown.get(0).done();
        assertEquals(1, closed);
    }

    @Test
    void recordsThatCannotBeReadEndTheSessionAsBefore() throws IOException {
        services.storage().store().close();
        check(List.of(LEG_RAISE));
        assertTrue(shown.isEmpty());
        assertEquals(1, closed);
    }
}
