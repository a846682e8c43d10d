package app.kneecoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.Tempo;
import app.kneecoach.ui.testing.LoggedTimes;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.Progression;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.Suggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each reason in words with the numbers of concrete series, the plurals, and the boundaries of the rules. */
class SuggestionTextTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Exercise LEG_RAISE = CATALOG.exercise("lateral-leg-raise").orElseThrow();
    private static final Exercise STEP_UPS = CATALOG.exercise("step-ups").orElseThrow();
    private static final Instant DAY_0 = Instant.parse("2026-11-02T09:00:00Z");

    private final SuggestionText words = new SuggestionText(Messages.DEFAULT, Formats.DEFAULT, ZoneOffset.UTC);
    private final List<SessionRecord> log = new ArrayList<>();

    private void done(Exercise exercise, int reps, int sets, int before, int after) {
        log.add(LoggedTimes.done(exercise, DAY_0, log.size(), reps, sets, before, after));
    }

    private void hurt(Exercise exercise, int reps, int sets, int before, int after) {
        log.add(LoggedTimes.hurt(exercise, DAY_0, log.size(), reps, sets, before, after));
    }

    private Suggestion suggestion(Exercise exercise) {
        return Progression.suggest(exercise, log, Optional.empty()).orElseThrow();
    }

    private static String day(int day) {
        return Formats.DEFAULT.shortDate(LocalDate.of(2026, 11, 2).plusDays(day));
    }

    @Test
    void threeEasyTimesWithTheSameRatingsNameTheDoseAndBothRatings() {
        done(LEG_RAISE, 10, 2, 1, 1);
        done(LEG_RAISE, 10, 2, 1, 1);
        done(LEG_RAISE, 10, 2, 1, 1);
        Suggestion up = suggestion(LEG_RAISE);
        assertEquals("Try 2 sets of 15 reps", words.what(up));
        assertEquals("3 times in a row at 2 sets of 10 reps, every set done, pain 1 before and 1 after.",
                words.why(up));
        assertEquals(Optional.empty(), words.advice(up), "no advice on a step up");
    }

    @Test
    void easyTimesWithDifferentRatingsNameTheHighestPainAfter() {
        done(LEG_RAISE, 15, 2, 2, 1);
        done(LEG_RAISE, 15, 2, 1, 1);
        // The boundary: pain after at the low limit (2) and equal to pain before still counts as easy.
        done(LEG_RAISE, 15, 2, 2, 2);
        Suggestion up = suggestion(LEG_RAISE);
        assertEquals("Try 3 sets of 15 reps", words.what(up));
        assertEquals("3 times in a row at 2 sets of 15 reps, every set done, pain after at most 2 and never above"
                + " pain before.", words.why(up));
    }

    @Test
    void atTheTopOfTheDoseTheHarderVersionIsNamed() {
        done(LEG_RAISE, 15, 3, 0, 0);
        done(LEG_RAISE, 15, 3, 0, 0);
        done(LEG_RAISE, 15, 3, 0, 0);
        assertEquals("Try the harder version: Ankle weights", words.what(suggestion(LEG_RAISE)));
    }

    @Test
    void itHurtLastTimeGoesBackToTheEasierVersionWithTheDayAndTheArticlesAdvice() {
        done(STEP_UPS, 10, 2, 1, 1);
        hurt(STEP_UPS, 10, 2, 2, 5);
        Suggestion back = suggestion(STEP_UPS);
        assertEquals("Go back to the easier version: Lower step or foam pad", words.what(back));
        assertEquals("It hurt last time (" + day(1) + ").", words.why(back));
        assertEquals(Optional.of(Messages.DEFAULT.get("handout.stop")), words.advice(back));
    }

    @Test
    void withoutAnEasierVersionItGoesBackToTheLowestDose() {
        hurt(LEG_RAISE, 15, 3, 1, 3);
        assertEquals("Go back to 2 sets of 10 reps", words.what(suggestion(LEG_RAISE)));
    }

    @Test
    void painThatRoseByTwoInTwoOfTheLastThreeTimesListsEachRise() {
        done(LEG_RAISE, 15, 2, 1, 3);
        done(LEG_RAISE, 15, 2, 1, 2);
        done(LEG_RAISE, 15, 2, 2, 4);
        Suggestion back = suggestion(LEG_RAISE);
        assertEquals("Go back to 2 sets of 10 reps", words.what(back));
        assertEquals("Pain after was 2 or more above pain before 2 times of the last 3: from 1 to 3 (" + day(0)
                + "), from 2 to 4 (" + day(2) + ").", words.why(back));
    }

    @Test
    void easyOnTheEasierVersionLeadsBackToTheExerciseItself() {
        ExerciseRecord onPad = new ExerciseRecord("step-ups", "Step ups", SessionChoice.lowest(STEP_UPS.dosage()),
                Optional.of("Lower step or foam pad"), List.of(), app.kneecoach.userdata.ExerciseOutcome.COMPLETED);
        Suggestion plain = new Suggestion("step-ups", Suggestion.Direction.HARDER, Suggestion.Reason.EASY_RUN,
                SessionChoice.lowest(STEP_UPS.dosage()), Optional.empty(),
                List.of(new Progression.Attempt(DAY_0, onPad, OptionalInt.of(0), OptionalInt.of(0))));
        assertEquals("Try the exercise itself again, at 2 sets of 10 reps", words.what(plain));
        assertEquals("1 time in a row at 2 sets of 10 reps, every set done, pain 0 before and 0 after.",
                words.why(plain));
    }

    @Test
    void dosesInWordsTakeTheSingularForOne() {
        assertEquals("1 set of 1 rep", words.dose(new SessionChoice(DosageMode.REPS, 1, 1, 0, RepStyle.PACED,
                Tempo.DEFAULT)));
        assertEquals("3 sets of 30\u00a0s holds", words.dose(new SessionChoice(DosageMode.HOLD, 30, 3, 0,
                RepStyle.PACED, Tempo.DEFAULT)));
        assertEquals("1 set of 60\u00a0s holds", words.dose(new SessionChoice(DosageMode.HOLD, 60, 1, 0,
                RepStyle.PACED, Tempo.DEFAULT)));
    }
}
