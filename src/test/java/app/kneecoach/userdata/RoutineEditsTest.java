package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each edit of a routine returns the routine as now kept, and moving an item stops at either end of the list. */
class RoutineEditsTest {
    @TempDir
    Path dir;
    private RoutineStore store;
    private String id;

    @BeforeEach
    void aRoutineOfThreeItems() throws IOException {
        store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines();
        id = store.create("Mornings").id();
        for (String exercise : List.of("bridge", "step-ups", "lateral-leg-raise")) {
            store.addItem(id, RoutineItem.lowest(exercise));
        }
    }

    @Test
    void everyEditReturnsTheRoutineAsKept() throws IOException {
        RoutineItem squeeze = new RoutineItem("bridge", Optional.of("Ball squeeze"), OptionalInt.of(15),
                OptionalInt.of(2), OptionalInt.empty());
        Routine added = store.addItem(id, RoutineItem.lowest("wall-sit"));
        assertEquals(kept(), added);
        assertEquals(4, added.items().size());
        Routine set = store.setItem(id, 0, squeeze);
        assertEquals(kept(), set);
        assertEquals(squeeze, set.items().get(0));
        Routine removed = store.removeItem(id, 1);
        assertEquals(kept(), removed);
        assertEquals(3, removed.items().size());
        Routine moved = store.moveItem(id, 0, 1);
        assertEquals(kept(), moved);
        Routine renamed = store.rename(id, "Morning knees");
        assertEquals(kept(), renamed);
        assertEquals("Morning knees", renamed.name());
        assertEquals(List.of("lateral-leg-raise", "bridge", "wall-sit"), exercises(kept()));
        assertEquals(List.of(kept()), HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines().routines());
    }

    @Test
    void theSecondItemMovesToTheTop() throws IOException {
        Routine moved = store.moveItem(id, 1, -1);
        assertEquals(List.of("step-ups", "bridge", "lateral-leg-raise"), exercises(moved));
    }

    @Test
    void theLastItemMovesUpButNotFurtherDown() throws IOException {
        assertEquals(List.of("bridge", "step-ups", "lateral-leg-raise"), exercises(store.moveItem(id, 2, 1)));
        assertEquals(List.of("bridge", "lateral-leg-raise", "step-ups"), exercises(store.moveItem(id, 2, -1)));
        assertEquals(List.of("bridge", "step-ups", "lateral-leg-raise"), exercises(store.moveItem(id, 1, 1)));
        assertEquals(List.of("bridge", "step-ups", "lateral-leg-raise"), exercises(store.moveItem(id, 0, -1)));
    }

    @Test
    void aRoutineThatIsNotThereCannotBeChanged() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.rename("my-routine-99", "Nothing"));
        assertEquals("no routine my-routine-99", e.getMessage());
        assertEquals(List.of("Mornings"), store.routines().stream().map(Routine::name).toList());
    }

    @Test
    void aFreshIdIsNeverGivenTwiceEvenBeforeARoutineTakesIt() throws IOException {
        HistoryStore records = HistoryStore.open(dir.resolve("other"), HistoryStoreTest.CLOCK).store();
        List<String> ids = records.database().write(c -> List.of(RoutineRows.freshId(c), RoutineRows.freshId(c)));
        assertEquals(List.of("my-routine-1", "my-routine-2"), ids);
        assertNotEquals(ids.get(1), HistoryStore.open(dir.resolve("other"), HistoryStoreTest.CLOCK).routines()
                .create("Next").id());
    }

    private Routine kept() {
        return store.routines().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> exercises(Routine routine) {
        return routine.items().stream().map(RoutineItem::exerciseId).toList();
    }
}
