package app.kneecoach.history;

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
        RoutineStore store = RoutineStore.open(dir, HistoryStoreTest.CLOCK).store();
        Routine mine = store.create("Mornings");
        store.addItem(mine.id(), RoutineItem.lowest("bridge"));
        store.addItem(mine.id(), RoutineItem.lowest("step-ups"));
        store.addItem(mine.id(), new RoutineItem("lateral-leg-raise", Optional.empty(), OptionalInt.of(12),
                OptionalInt.of(3)));
        store.moveItem(mine.id(), 2, -1);
        store.moveItem(mine.id(), 0, -1);
        store.setItem(mine.id(), 0, new RoutineItem("bridge", Optional.of("Ball squeeze"), OptionalInt.of(15),
                OptionalInt.empty()));
        store.rename(mine.id(), "Morning knees");
        Routine copy = store.duplicate(store.routines().get(0), "Evenings");
        store.removeItem(copy.id(), 1);

        RoutineStore reopened = RoutineStore.open(dir, HistoryStoreTest.CLOCK).store();
        assertEquals(store.routines(), reopened.routines());
        Routine morning = reopened.routines().get(0);
        assertEquals("Morning knees", morning.name());
        assertEquals(List.of("bridge", "lateral-leg-raise", "step-ups"),
                morning.items().stream().map(RoutineItem::exerciseId).toList());
        assertEquals(Optional.of("Ball squeeze"), morning.items().get(0).variation());
        assertEquals(OptionalInt.of(12), morning.items().get(1).target());
        assertEquals(List.of("bridge", "step-ups"),
                reopened.routines().get(1).items().stream().map(RoutineItem::exerciseId).toList());
        assertTrue(!morning.id().equals(copy.id()));

        reopened.delete(morning.id());
        assertEquals(List.of("Evenings"), RoutineStore.open(dir, HistoryStoreTest.CLOCK).store().routines().stream()
                .map(Routine::name).toList());
    }

    @Test
    void aDamagedRoutinesFileIsKeptAsideWithTheReadableRoutinesCarriedOver() throws IOException {
        RoutineStore store = RoutineStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.create("Good");
        store.create("Also good");
        Path file = dir.resolve(RoutineStore.FILE);
        String damaged = Files.readString(file).replaceFirst("\"Also good\"", "42");
        Files.writeString(file, damaged);

        RoutineStore.Opened opened = RoutineStore.open(dir, HistoryStoreTest.CLOCK);
        StoreNotice notice = opened.notice().orElseThrow();
        assertTrue(notice.problems().toString().contains("routines[1].name"), notice.problems().toString());
        assertEquals(damaged, Files.readString(notice.keptAs().orElseThrow()));
        assertEquals(List.of("Good"), opened.store().routines().stream().map(Routine::name).toList());
        assertEquals(1, RoutineStore.open(dir, HistoryStoreTest.CLOCK).store().routines().size());
    }
}
