package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions written to the tables and read back whole, however their optional parts are mixed. */
class SessionQueryTest {
    @TempDir
    Path dir;

    @Test
    void anExerciseWithoutAVariationAfterOneWithAVariationHasNone() throws IOException {
        SessionRecord full = Sessions.full(1, 4, 2);
        // The bridge (with a variation) first, then the stretch (without): nothing carries over between rows.
        SessionRecord reordered = full.withExercises(List.of(full.exercises().get(1), full.exercises().get(0),
                full.exercises().get(1)));
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(reordered);
        List<SessionRecord> read = Histories.reopened(dir, HistoryStoreTest.CLOCK);
        assertEquals(List.of(reordered), read);
        assertEquals(List.of(Optional.of("Ball squeeze"), Optional.empty(), Optional.of("Ball squeeze")),
                read.get(0).exercises().stream().map(ExerciseRecord::variation).toList());
    }

    @Test
    void aSessionRewrittenWithFewerPartsKeepsOnlyTheNewOnes() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionRecord full = Sessions.full(1, 4, 2);
        store.saveInProgress(full);
        SessionRecord smaller = new SessionRecord(full.id(), full.startedAt(), full.endedAt().plus(Duration.ofMinutes(1)),
                Optional.empty(), List.of(full.exercises().get(1)), OptionalInt.empty(), Optional.empty(),
                OptionalInt.of(0), Optional.empty(), SessionStatus.ENDED_EARLY);
        store.add(smaller);
        assertEquals(List.of(smaller), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void sidesWithNoSetsAndExercisesWithNoSidesComeBackAsTheyWere() throws IOException {
        SessionRecord full = Sessions.full(1, 4, 2);
        ExerciseRecord stretch = full.exercises().get(0);
        ExerciseRecord skipped = new ExerciseRecord("step-ups", "Step-ups", Sessions.BRIDGE, Optional.empty(), List.of(),
                ExerciseOutcome.SKIPPED);
        ExerciseRecord oneSideEmpty = new ExerciseRecord(stretch.exerciseId(), stretch.exerciseName(), stretch.choice(),
                Optional.empty(), List.of(new SideResult(Side.RIGHT, List.of()), new SideResult(Side.LEFT, List.of(
                        new SetResult(1, 30, 30, true), new SetResult(2, 30, 29, false)))), ExerciseOutcome.ENDED_EARLY);
        SessionRecord session = full.withExercises(List.of(skipped, oneSideEmpty, stretch));
        HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().add(session);
        assertEquals(List.of(session), Histories.reopened(dir, HistoryStoreTest.CLOCK));
    }

    @Test
    void sessionsStartedAtTheSameMomentComeBackInIdOrder() throws IOException {
        SessionRecord a = Sessions.bare(1);
        SessionRecord b = new SessionRecord("another", a.startedAt(), a.endedAt(), Optional.of("Evenings"), List.of(),
                OptionalInt.of(3), Optional.of("n"), OptionalInt.empty(), Optional.empty(), SessionStatus.COMPLETED);
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.add(a);
        store.add(b);
        assertEquals(List.of(b, a), Histories.reopened(dir, HistoryStoreTest.CLOCK));
        assertEquals(List.of(b, a), store.between(a.startedAt(), a.startedAt().plusMillis(1)));
    }
}
