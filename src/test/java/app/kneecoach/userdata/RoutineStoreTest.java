package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineStoreTest {
    @TempDir
    Path dir;

    @Test
    void createRenameDuplicateReorderAndDeleteSurviveARestart() throws IOException {
        RoutineStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines();
        Routine mine = store.create("Mornings");
        store.addItem(mine.id(), RoutineItem.lowest("bridge"));
        store.addItem(mine.id(), RoutineItem.lowest("step-ups"));
        store.addItem(mine.id(), new RoutineItem("lateral-leg-raise", Optional.empty(), OptionalInt.of(12),
                OptionalInt.of(3), OptionalInt.empty()));
        store.moveItem(mine.id(), 2, -1);
        store.moveItem(mine.id(), 0, -1);
        store.setItem(mine.id(), 0, new RoutineItem("bridge", Optional.of("Ball squeeze"), OptionalInt.of(15),
                OptionalInt.empty(), OptionalInt.of(4)));
        store.rename(mine.id(), "Morning knees");
        Routine copy = store.duplicate(store.routines().get(0), "Evenings");
        store.removeItem(copy.id(), 1);

        RoutineStore reopened = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines();
        assertEquals(store.routines(), reopened.routines());
        Routine morning = reopened.routines().get(0);
        assertEquals("Morning knees", morning.name());
        assertEquals(List.of("bridge", "lateral-leg-raise", "step-ups"),
                morning.items().stream().map(RoutineItem::exerciseId).toList());
        assertEquals(Optional.of("Ball squeeze"), morning.items().get(0).variation());
        assertEquals(OptionalInt.of(12), morning.items().get(1).target());
        assertEquals(OptionalInt.of(4), morning.items().get(0).topHoldSeconds(), "the top hold is kept");
        assertEquals(List.of("bridge", "step-ups"),
                reopened.routines().get(1).items().stream().map(RoutineItem::exerciseId).toList());
        assertTrue(!morning.id().equals(copy.id()));

        reopened.delete(morning.id());
        assertEquals(List.of("Evenings"), HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines().routines().stream()
                .map(Routine::name).toList());
    }

    @Test
    void aDamagedRoutinesFileIsImportedWithTheReadableRoutinesAndTheLostIdsAreNeverReused() throws IOException {
        Path file = dir.resolve(JsonImport.ROUTINES_FILE);
        String damaged = """
                {"schemaVersion": 1, "routines": [
                  {"id": "my-routine-1", "name": "Good", "items": [{"exercise": "bridge"}]},
                  {"id": "my-routine-2", "name": 42, "items": []},
                  {"id": "my-routine-7", "name": "Also good", "items": []}]}""";
        Files.writeString(file, damaged);

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        StoreNotice notice = opened.notices().get(0);
        assertTrue(notice.problems().toString().contains("routines[1].name"), notice.problems().toString());
        assertEquals(damaged, Files.readString(notice.keptAs().orElseThrow()));
        assertEquals(2, notice.kept());
        assertEquals(List.of("Good", "Also good"), opened.routines().routines().stream().map(Routine::name).toList());
        assertEquals(List.of("bridge"), opened.routines().routines().get(0).items().stream()
                .map(RoutineItem::exerciseId).toList());
        assertEquals("my-routine-8", opened.routines().create("New").id(), "not the lost my-routine-2, nor 7");
        assertEquals(3, HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines().routines().size());
    }

    @Test
    void aDeletedRoutinesIdIsNotGivenAgain() throws IOException {
        RoutineStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines();
        Routine first = store.create("First");
        Routine second = store.create("Second");
        store.delete(second.id());
        Routine third = HistoryStore.open(dir, HistoryStoreTest.CLOCK).routines().create("Third");
        assertEquals(List.of("my-routine-1", "my-routine-2", "my-routine-3"), List.of(first.id(), second.id(),
                third.id()));
    }
}
