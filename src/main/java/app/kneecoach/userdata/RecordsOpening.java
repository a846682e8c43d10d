package app.kneecoach.userdata;

import app.kneecoach.json.FileProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Opens the records of a data folder for {@link HistoryStore#open}: what it found, and what to tell the user. */
final class RecordsOpening {
    private RecordsOpening() {
    }

    static HistoryStore.Opened open(Path dir, Clock clock) {
        List<StoreNotice> notices = new ArrayList<>();
        Database database;
        try {
            DatabaseOpening.Opened opened = DatabaseOpening.open(dir, clock);
            database = opened.database();
            notices.addAll(opened.notices());
        } catch (IOException | RuntimeException e) {
            database = Database.inMemory();
            String problem = DatabaseOpening.folderProblem(dir, e);
            notices.add(new StoreNotice(dir, List.of(new FileProblem(dir.toString(), "", 0, 0, problem)),
                    Optional.empty(), 0, StoreNotice.Kind.NOT_SAVED));
        }
        Optional<JsonImport.Report> imported = JsonImport.run(dir, database, clock, notices);
        try {
            HistoryStore store = HistoryStore.on(database);
            RoutineStore routines = RoutineStore.open(database);
            // Tried only on records that read back whole: a file left alone is not written to, not even this.
            if (!database.writable()) {
                notices.add(new StoreNotice(dir, List.of(new FileProblem(dir.toString(), "", 0, 0,
                        "can be read but not written to (it is read-only)")), Optional.empty(), 0,
                        StoreNotice.Kind.READ_ONLY));
            }
            return new HistoryStore.Opened(store, routines, notices, imported);
        } catch (IOException e) {
            notices.add(new StoreNotice(dir.resolve(Database.FILE), List.of(new FileProblem(
                    dir.resolve(Database.FILE).toString(), "", 0, 0, "could not be read: " + e.getMessage())),
                    Optional.empty(), 0, StoreNotice.Kind.NOT_SAVED));
            database.close();
            Database empty = Database.inMemory();
            return new HistoryStore.Opened(HistoryStore.empty(empty), RoutineStore.empty(empty), notices, imported);
        }
    }
}
