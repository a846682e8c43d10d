package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.userdata.Suggestion.Direction;
import app.kneecoach.userdata.Suggestion.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The build-up and go-back rules on concrete series of sessions of the bundled catalog's exercises. */
class ProgressionTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Exercise LEG_RAISE = CATALOG.exercise("lateral-leg-raise").orElseThrow();
    private static final Exercise STEP_UPS = CATALOG.exercise("step-ups").orElseThrow();
    private static final Exercise KNEE_TO_CHEST = CATALOG.exercise("double-knee-to-chest").orElseThrow();
    private static final Exercise HAMSTRING = CATALOG.exercise("supine-hamstring-stretch").orElseThrow();
    private static final Instant DAY_0 = Instant.parse("2026-11-02T09:00:00Z");

    private final List<SessionRecord> log = new ArrayList<>();

    /** Logs one session of the exercise: {@code doneSets} complete sets on every leg. */
    private void did(Exercise exercise, int reps, int sets, int doneSets, Optional<String> version, int before,
                     int after, ExerciseOutcome outcome) {
        Instant at = DAY_0.plus(Duration.ofDays(log.size()));
        log.add(LoggedExercise.session("s" + log.size(), exercise, at, reps, sets, doneSets, version, before, after,
                outcome));
    }

    private void easy(Exercise exercise, int reps, int sets, int before, int after) {
        did(exercise, reps, sets, sets, Optional.empty(), before, after, ExerciseOutcome.COMPLETED);
    }

    private Optional<Suggestion> suggestion(Exercise exercise) {
        return Progression.suggest(exercise, log, Optional.empty());
    }

    @Test
    void threeEasyWholeSessionsSuggestTheTopOfTheRepRangeWithTheNumbers() {
        easy(LEG_RAISE, 10, 2, 1, 1);
        easy(LEG_RAISE, 10, 2, 2, 1);
        assertEquals(Optional.empty(), suggestion(LEG_RAISE), "two easy sessions are not yet enough");
        easy(LEG_RAISE, 10, 2, 1, 0);
        Suggestion s = suggestion(LEG_RAISE).orElseThrow();
        assertEquals(Direction.HARDER, s.direction());
        assertEquals(Reason.EASY_RUN, s.reason());
        assertEquals(15, s.dose().target(), "the top of the article's 10-15 reps");
        assertEquals(2, s.dose().sets());
        assertEquals(Optional.empty(), s.version());
        assertEquals(List.of(1, 2, 1), s.evidence().stream().map(a -> a.painBefore().getAsInt()).toList());
        assertEquals(List.of(1, 1, 0), s.evidence().stream().map(a -> a.painAfter().getAsInt()).toList());
    }

    @Test
    void atTheTopOfTheRepsTheSetsComeNextThenTheArticlesFirstHarderVersion() {
        for (int i = 0; i < 3; i++) {
            easy(LEG_RAISE, 15, 2, 0, 0);
        }
        assertEquals(3, suggestion(LEG_RAISE).orElseThrow().dose().sets());
        for (int i = 0; i < 3; i++) {
            easy(LEG_RAISE, 15, 3, 0, 0);
        }
        Suggestion s = suggestion(LEG_RAISE).orElseThrow();
        assertEquals(Optional.of(LEG_RAISE.progressions().get(0).name()), s.version());
        assertEquals(15, s.dose().target());
        for (int i = 0; i < 3; i++) {
            did(LEG_RAISE, 15, 3, 3, s.version(), 0, 0, ExerciseOutcome.COMPLETED);
        }
        assertEquals(Optional.empty(), suggestion(LEG_RAISE), "nothing beyond the article's harder version");
    }

    @Test
    void painAfterAtTheLowLimitStillCountsAsEasyButOneAboveDoesNot() {
        easy(LEG_RAISE, 10, 2, 2, 2);
        easy(LEG_RAISE, 10, 2, 2, 2);
        easy(LEG_RAISE, 10, 2, 3, Progression.LOW_PAIN);
        assertTrue(suggestion(LEG_RAISE).isPresent(), "pain 2 after, no higher than before");
        log.clear();
        easy(LEG_RAISE, 10, 2, 3, 3);
        easy(LEG_RAISE, 10, 2, 3, 3);
        easy(LEG_RAISE, 10, 2, 4, Progression.LOW_PAIN + 1);
        assertEquals(Optional.empty(), suggestion(LEG_RAISE), "pain 3 after is not low");
    }

    @Test
    void painAfterHigherThanBeforeBreaksTheRun() {
        easy(LEG_RAISE, 10, 2, 0, 0);
        easy(LEG_RAISE, 10, 2, 0, 1);
        easy(LEG_RAISE, 10, 2, 0, 0);
        assertEquals(Optional.empty(), suggestion(LEG_RAISE));
    }

    @Test
    void aSessionWithASetLeftUndoneOrAnotherDoseBreaksTheRun() {
        easy(LEG_RAISE, 10, 2, 0, 0);
        did(LEG_RAISE, 10, 2, 1, Optional.empty(), 0, 0, ExerciseOutcome.ENDED_EARLY);
        easy(LEG_RAISE, 10, 2, 0, 0);
        assertEquals(Optional.empty(), suggestion(LEG_RAISE), "one set of two undone");
        log.clear();
        easy(LEG_RAISE, 12, 2, 0, 0);
        easy(LEG_RAISE, 10, 2, 0, 0);
        easy(LEG_RAISE, 10, 2, 0, 0);
        assertEquals(Optional.empty(), suggestion(LEG_RAISE), "12 reps then 10: not three at one dose");
    }

    @Test
    void aHoldDosedAsThirtyOrMoreIsNeverRaisedPastAFigureTheArticleDoesNotGive() {
        for (int i = 0; i < 3; i++) {
            easy(HAMSTRING, 30, 2, 0, 0);
        }
        Suggestion s = suggestion(HAMSTRING).orElseThrow();
        assertEquals(30, s.dose().target(), "the hold stays at 30 s");
        assertEquals(3, s.dose().sets(), "the sets go to the article's 3");
        log.clear();
        for (int i = 0; i < 3; i++) {
            easy(HAMSTRING, 30, 3, 0, 0);
        }
        assertEquals(Optional.empty(), suggestion(HAMSTRING), "no harder version in the article");
    }

    @Test
    void itHurtsSuggestsTheEasierVersionAtOnceEvenAfterEasySessions() {
        for (int i = 0; i < 3; i++) {
            easy(STEP_UPS, 10, 3, 0, 0);
        }
        did(STEP_UPS, 10, 3, 1, Optional.empty(), 1, 4, ExerciseOutcome.HURT);
        Suggestion s = suggestion(STEP_UPS).orElseThrow();
        assertEquals(Direction.EASIER, s.direction());
        assertEquals(Reason.HURT, s.reason());
        assertEquals(Optional.of(STEP_UPS.regressions().get(0).name()), s.version());
        assertEquals(1, s.evidence().size());
    }

    @Test
    void painRisingByTwoInTwoOfTheLastThreeSuggestsGoingBackButByOneDoesNot() {
        easy(KNEE_TO_CHEST, 15, 3, 1, 3);
        easy(KNEE_TO_CHEST, 15, 3, 1, 1);
        easy(KNEE_TO_CHEST, 15, 3, 2, 2 + Progression.RISE);
        Suggestion s = suggestion(KNEE_TO_CHEST).orElseThrow();
        assertEquals(Reason.PAIN_ROSE, s.reason());
        assertEquals(Optional.of("One leg at a time"), s.version());
        assertEquals(List.of(3, 4), s.evidence().stream().map(a -> a.painAfter().getAsInt()).toList());
        log.clear();
        easy(KNEE_TO_CHEST, 15, 3, 1, 3);
        easy(KNEE_TO_CHEST, 15, 3, 1, 1);
        easy(KNEE_TO_CHEST, 15, 3, 2, 3);
        assertEquals(Optional.empty(), suggestion(KNEE_TO_CHEST), "one rise of 2 and one of 1");
    }

    @Test
    void withoutAnEasierVersionGoingBackMeansTheLowestDoseAndNothingBelowIt() {
        did(LEG_RAISE, 15, 3, 1, Optional.empty(), 2, 5, ExerciseOutcome.HURT);
        Suggestion s = suggestion(LEG_RAISE).orElseThrow();
        assertEquals(10, s.dose().target());
        assertEquals(2, s.dose().sets());
        log.clear();
        did(LEG_RAISE, 10, 2, 1, Optional.empty(), 2, 5, ExerciseOutcome.HURT);
        assertEquals(Optional.empty(), suggestion(LEG_RAISE), "already at the article's lowest dose");
    }

    @Test
    void easyOnTheEasierVersionLeadsBackToThePlainExerciseAtItsLowestDose() {
        Optional<String> lower = Optional.of(STEP_UPS.regressions().get(0).name());
        for (int i = 0; i < 3; i++) {
            did(STEP_UPS, 10, 3, 3, lower, 1, 0, ExerciseOutcome.COMPLETED);
        }
        Suggestion s = suggestion(STEP_UPS).orElseThrow();
        assertEquals(Direction.HARDER, s.direction());
        assertEquals(Optional.empty(), s.version());
        assertEquals(2, s.dose().sets());
    }

    @Test
    void dismissingStartsTheCountAgain() {
        for (int i = 0; i < 3; i++) {
            easy(LEG_RAISE, 10, 2, 0, 0);
        }
        Instant dismissed = log.get(2).endedAt();
        assertEquals(Optional.empty(), Progression.suggest(LEG_RAISE, log, Optional.of(dismissed)));
        easy(LEG_RAISE, 10, 2, 0, 0);
        easy(LEG_RAISE, 10, 2, 0, 0);
        assertEquals(Optional.empty(), Progression.suggest(LEG_RAISE, log, Optional.of(dismissed)));
        easy(LEG_RAISE, 10, 2, 0, 0);
        assertTrue(Progression.suggest(LEG_RAISE, log, Optional.of(dismissed)).isPresent());
    }

    @Test
    void otherExercisesAndUnratedSessionsDoNotCount() {
        easy(LEG_RAISE, 10, 2, 0, 0);
        easy(STEP_UPS, 10, 2, 0, 0);
        easy(LEG_RAISE, 10, 2, 0, 0);
        assertEquals(Optional.empty(), suggestion(LEG_RAISE));
        SessionRecord last = log.remove(log.size() - 1);
        easy(LEG_RAISE, 10, 2, 0, 0);
        SessionRecord unrated = log.remove(log.size() - 1);
        log.add(new SessionRecord(unrated.id(), unrated.startedAt(), unrated.endedAt(), Optional.empty(),
                unrated.exercises(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                SessionStatus.COMPLETED));
        log.add(last);
        assertEquals(Optional.empty(), suggestion(LEG_RAISE), "an unrated session shows nothing about pain");
    }
}
