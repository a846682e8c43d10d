package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.Routine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What shows the plan elsewhere is told of every change to the schedules, a restore's included. */
class ScheduleChangesTest {
    @TempDir
    Path dir;

    @Test
    void everyChangeIsTold() throws IOException {
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        RoutineStore routines = opened.routines();
        List<Integer> told = new ArrayList<>();
        routines.schedules().onChange(() -> told.add(routines.schedules().schedules().size()));
        Routine mine = routines.create("Evenings");
        routines.schedules().put(new RoutineSchedule(mine.id(), Set.of(DayOfWeek.MONDAY), LocalTime.NOON));
        routines.schedules().put(new RoutineSchedule("gentle-start", Set.of(DayOfWeek.FRIDAY), LocalTime.NOON));
        Path backup = dir.resolve("backup.db");
        RecordsBackup.write(opened.store(), new byte[0], HistoryStoreTest.CLOCK.instant(), backup);
        routines.schedules().remove("gentle-start");
        routines.delete(mine.id());
        RecordsBackup.restore(opened, backup, HistoryStoreTest.CLOCK);
        assertEquals(List.of(1, 2, 1, 0, 2), told, "put, put, remove, the routine deleted, the backup's two back");
    }
}
