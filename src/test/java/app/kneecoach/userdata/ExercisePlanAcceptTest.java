package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.session.SessionChoice;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepting a suggestion: the plan and the own routines' items for the exercise, together, across a restart. */
class ExercisePlanAcceptTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Exercise BRIDGE = CATALOG.exercise("bridge").orElseThrow();
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path dir;

    private final Suggestion ballSqueeze = new Suggestion("bridge", Suggestion.Direction.HARDER,
            Suggestion.Reason.EASY_RUN, SessionChoice.lowest(BRIDGE.dosage()).withTarget(15).withSets(3)
            .withTopHoldSeconds(5), Optional.of("Ball squeeze"), List.of());

    @Test
    void theRoutinesItemsForTheExerciseTakeTheDoseAndVersionOthersStay() throws IOException {
        RoutineStore routines = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines();
        Routine mine = routines.create("Mornings");
        routines.addItem(mine.id(), RoutineItem.lowest("bridge"));
        routines.addItem(mine.id(), RoutineItem.lowest("step-ups"));

        routines.accept(BRIDGE, ballSqueeze, NOON);

        RoutineStore reopened = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines();
        assertEquals(List.of(new RoutineItem("bridge", Optional.of("Ball squeeze"), OptionalInt.of(15),
                OptionalInt.of(3), OptionalInt.of(5)), RoutineItem.lowest("step-ups")),
                reopened.routines().get(0).items());
        assertEquals(new ExercisePlan("bridge", OptionalInt.of(15), OptionalInt.of(3), OptionalInt.of(5),
                Optional.of("Ball squeeze"), Optional.of(NOON)), reopened.plans().of("bridge"));
        assertEquals(routines.routines(), reopened.routines(), "memory and disk agree");
    }

    @Test
    void anExerciseWithoutAHoldAtTheTopGetsNoneInItsItems() throws IOException {
        Exercise legRaise = CATALOG.exercise("lateral-leg-raise").orElseThrow();
        RoutineStore routines = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines();
        Routine mine = routines.create("Evenings");
        routines.addItem(mine.id(), RoutineItem.lowest("lateral-leg-raise"));
        routines.accept(legRaise, new Suggestion("lateral-leg-raise", Suggestion.Direction.HARDER,
                Suggestion.Reason.EASY_RUN, SessionChoice.lowest(legRaise.dosage()).withTarget(15),
                Optional.empty(), List.of()), NOON);
        assertEquals(new RoutineItem("lateral-leg-raise", Optional.empty(), OptionalInt.of(15), OptionalInt.of(2),
                OptionalInt.empty()), routines.routines().get(0).items().get(0));
    }

    @Test
    void aRestoredBackupBringsBackThePlansItHeld() throws IOException {
        HistoryStore.Opened records = HistoryStore.open(dir.resolve("data"), HistoryStoreTest.CLOCK);
        records.routines().accept(BRIDGE, ballSqueeze, NOON);
        Path backup = dir.resolve("backup.kneecoach");
        RecordsBackup.write(records.store(), new byte[0], NOON, backup);

        records.routines().plans().put(records.routines().plans().of("bridge").dismissed(NOON.plusSeconds(60)));
        records.routines().plans().put(ExercisePlan.none("step-ups").dismissed(NOON));
        RecordsBackup.restore(records, backup, HistoryStoreTest.CLOCK);

        assertEquals(Optional.of(NOON), records.routines().plans().of("bridge").dismissedAt(), "as backed up");
        assertEquals(ExercisePlan.none("step-ups"), records.routines().plans().of("step-ups"));
    }

    @Test
    void aFailedWriteChangesNothingInMemory() throws IOException {
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        RoutineStore routines = opened.routines();
        Routine mine = routines.create("Mornings");
        routines.addItem(mine.id(), RoutineItem.lowest("bridge"));
        List<Routine> before = routines.routines();
        opened.store().close();

        assertThrows(IOException.class, () -> routines.accept(BRIDGE, ballSqueeze, NOON));
        assertEquals(before, routines.routines());
        assertEquals(ExercisePlan.none("bridge"), routines.plans().of("bridge"));
    }
}
