package app.kneecoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.session.PhaseKind;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Step;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Where a session the app stopped in is taken up again, and when it is not offered. */
class ResumableTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Instant STOPPED = Instant.parse("2026-11-24T08:10:00Z");
    private static final SessionChoice BUTTERFLY_3 = SessionChoice.lowest(
            CATALOG.exercise("seated-butterfly-stretch").orElseThrow().dosage()).withSets(3);

    private static ExerciseRecord butterfly(int setsDone, ExerciseOutcome outcome) {
        List<SetResult> sets = java.util.stream.IntStream.rangeClosed(1, setsDone)
                .mapToObj(set -> new SetResult(set, 60, 60, true)).toList();
        return new ExerciseRecord("seated-butterfly-stretch", "Seated butterfly stretch", BUTTERFLY_3,
                Optional.empty(), List.of(new SideResult(Side.BOTH, sets)), outcome);
    }

    private static ExerciseRecord exercise(String id, ExerciseOutcome outcome) {
        SessionChoice lowest = SessionChoice.lowest(CATALOG.exercise(id).orElseThrow().dosage());
        return new ExerciseRecord(id, id, lowest, Optional.empty(), List.of(new SideResult(Side.RIGHT,
                List.of(new SetResult(1, lowest.target(), lowest.target(), true))), new SideResult(Side.LEFT, List.of())),
                outcome);
    }

    private static SessionRecord stopped(Optional<String> routine, ExerciseRecord... exercises) {
        return new SessionRecord("s1", STOPPED.minusSeconds(300), STOPPED, routine, List.of(exercises),
                OptionalInt.of(3), Optional.empty(), OptionalInt.empty(), Optional.empty(), SessionStatus.INTERRUPTED);
    }

    private static Optional<Resumable> at(SessionRecord session, Duration later) {
        return Resumable.of(session, CATALOG, List.of(), STOPPED.plus(later));
    }

    @Test
    void anExerciseStoppedInGoesOnAtItsNextSetWithItsSetsDone() {
        Resumable resume = at(stopped(Optional.empty(), butterfly(1, ExerciseOutcome.UNDER_WAY)),
                Duration.ofMinutes(5)).orElseThrow();
        assertEquals(0, resume.at());
        assertEquals(List.of("seated-butterfly-stretch"), resume.planned().stream().map(p -> p.exercise().id()).toList());
        assertEquals(BUTTERFLY_3, resume.planned().get(0).choice(), "the dose chosen then");
        assertEquals(1, resume.earlier().get(0).sets().size());
        Step start = resume.startsAt();
        assertEquals(PhaseKind.GET_READY, start.kind());
        assertEquals(2, start.set());
    }

    @Test
    void offeredForTwelveHoursAfterItStoppedAndNotAfter() {
        SessionRecord session = stopped(Optional.empty(), butterfly(1, ExerciseOutcome.UNDER_WAY));
        assertTrue(at(session, Resumable.RESUMABLE_FOR).isPresent());
        assertEquals(Optional.empty(), at(session, Resumable.RESUMABLE_FOR.plusSeconds(1)));
        assertEquals(Optional.empty(), at(session, Duration.ofMinutes(-1)), "a clock set back: not offered");
    }

    @Test
    void aSingleExerciseThatHadEndedHasNothingToResume() {
        assertEquals(Optional.empty(), at(stopped(Optional.empty(), butterfly(1, ExerciseOutcome.ENDED_EARLY)),
                Duration.ofMinutes(5)), "stopped at the check-in after: nothing left to play");
    }

    @Test
    void anExerciseTheCatalogNoLongerHasIsNotResumed() {
        ExerciseRecord gone = new ExerciseRecord("gone", "Gone", BUTTERFLY_3, Optional.empty(),
                List.of(new SideResult(Side.BOTH, List.of(new SetResult(1, 60, 60, true)))), ExerciseOutcome.UNDER_WAY);
        assertEquals(Optional.empty(), at(stopped(Optional.empty(), gone), Duration.ofMinutes(5)));
    }

    @Test
    void aDoseTheCatalogNoLongerAllowsIsNotResumed() {
        ExerciseRecord fiveSets = new ExerciseRecord("seated-butterfly-stretch", "Seated butterfly stretch",
                BUTTERFLY_3.withSets(5), Optional.empty(),
                List.of(new SideResult(Side.BOTH, List.of(new SetResult(1, 60, 60, true)))), ExerciseOutcome.UNDER_WAY);
        assertEquals(Optional.empty(), at(stopped(Optional.empty(), fiveSets), Duration.ofMinutes(5)));
    }

    @Test
    void aRoutineGoesOnWithTheExerciseItStoppedInThenTheRest() {
        Resumable resume = at(stopped(Optional.of("Stretching warm-up"),
                exercise("inner-thigh-stretch", ExerciseOutcome.COMPLETED),
                exercise("supine-hamstring-stretch", ExerciseOutcome.UNDER_WAY)), Duration.ofHours(1)).orElseThrow();
        assertEquals(1, resume.at());
        assertEquals(4, resume.planned().size());
        assertEquals("supine-hamstring-stretch", resume.planned().get(1).exercise().id());
        assertEquals(new Step(PhaseKind.GET_READY, Side.RIGHT, 2, Optional.of(Duration.ofSeconds(5))),
                resume.startsAt());
    }

    @Test
    void aRoutineStoppedBetweenTwoExercisesGoesOnWithTheNextFromItsStart() {
        Resumable resume = at(stopped(Optional.of("Stretching warm-up"),
                exercise("inner-thigh-stretch", ExerciseOutcome.COMPLETED),
                exercise("supine-hamstring-stretch", ExerciseOutcome.SKIPPED)), Duration.ofHours(1)).orElseThrow();
        assertEquals(2, resume.at());
        assertEquals(List.of(), resume.earlier());
        assertEquals("side-lunge-stretch", resume.planned().get(2).exercise().id());
    }

    @Test
    void theEasierVersionTriedAfterItHurtTakesTheSamePlaceInTheRoutine() {
        Resumable resume = at(stopped(Optional.of("Stretching warm-up"),
                exercise("inner-thigh-stretch", ExerciseOutcome.HURT),
                exercise("inner-thigh-stretch", ExerciseOutcome.COMPLETED)), Duration.ofHours(1)).orElseThrow();
        assertEquals(1, resume.at());
        assertEquals("supine-hamstring-stretch", resume.planned().get(1).exercise().id());
    }

    @Test
    void aRoutineThatNoLongerMatchesWhatWasDoneIsNotResumed() {
        SessionRecord session = stopped(Optional.of("Stretching warm-up"),
                exercise("supine-hamstring-stretch", ExerciseOutcome.UNDER_WAY));
        assertEquals(Optional.empty(), at(session, Duration.ofHours(1)), "the routine starts with another exercise");
        SessionRecord lastDone = stopped(Optional.of("Stretching warm-up"),
                exercise("inner-thigh-stretch", ExerciseOutcome.COMPLETED),
                exercise("supine-hamstring-stretch", ExerciseOutcome.COMPLETED),
                exercise("side-lunge-stretch", ExerciseOutcome.COMPLETED),
                butterfly(3, ExerciseOutcome.COMPLETED));
        assertEquals(Optional.empty(), at(lastDone, Duration.ofHours(1)), "every exercise done: nothing to resume");
        SessionRecord unknown = stopped(Optional.of("Gone"), butterfly(1, ExerciseOutcome.UNDER_WAY));
        assertEquals(Optional.empty(), at(unknown, Duration.ofHours(1)));
    }

    @Test
    void theUsersOwnRoutinesAreFoundByName() {
        Routine own = new Routine("own-1", "Evening", "", List.of(RoutineItem.lowest("bridge"),
                RoutineItem.lowest("seated-butterfly-stretch")));
        SessionRecord session = stopped(Optional.of("Evening"), exercise("bridge", ExerciseOutcome.COMPLETED),
                butterfly(2, ExerciseOutcome.UNDER_WAY));
        Resumable resume = Resumable.of(session, CATALOG, List.of(own), STOPPED).orElseThrow();
        assertEquals(1, resume.at());
        assertEquals(3, resume.startsAt().set());
    }
}
