package app.kneecoach.userdata;

import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineReader;
import app.kneecoach.json.FileProblem;
import app.kneecoach.json.JsonObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Brings the files an earlier version kept ({@code history.json}, {@code session-in-progress.json},
 * {@code routines.json}) into the records database in one transaction, checks that every session arrived,
 * then renames the files ({@code history.json.imported-YYYYMMDD-HHMMSS}) so it happens once. What a damaged
 * file still held is imported and the file is set aside as before. Running it again after a crash between
 * the commit and the renames adds nothing twice: sessions and routines keep their ids.
 */
public final class JsonImport {
    public static final String HISTORY_FILE = "history.json";
    public static final String IN_PROGRESS_FILE = "session-in-progress.json";
    public static final String ROUTINES_FILE = "routines.json";
    /** Far above any real history; only stops a runaway file from exhausting memory. */
    static final long MAX_BYTES = 1024L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private JsonImport() {
    }

    /** What was brought over, for the one-time message. */
    public record Report(int sessions, boolean inProgress, int routines, List<Path> keptAs) {
        public Report {
            keptAs = List.copyOf(keptAs);
        }
    }

    static Optional<Report> run(Path dir, Database database, Clock clock, List<StoreNotice> notices) {
        Path historyFile = dir.resolve(HISTORY_FILE);
        Path inProgressFile = dir.resolve(IN_PROGRESS_FILE);
        Path routinesFile = dir.resolve(ROUTINES_FILE);
        if (!Files.exists(historyFile) && !Files.exists(inProgressFile) && !Files.exists(routinesFile)) {
            return Optional.empty();
        }
        DataFile.Read<History> history = DataFile.read(historyFile, MAX_BYTES,
                (problems, json) -> new HistoryReader(problems).history(json));
        DataFile.Read<SessionRecord> current = DataFile.read(inProgressFile, MAX_BYTES,
                (problems, json) -> new HistoryReader(problems).inProgress(json));
        DataFile.Read<List<Routine>> routines = DataFile.read(routinesFile, MAX_BYTES, (problems, json) ->
                JsonObjectReader.of(json, "", problems).flatMap(r -> {
                    var version = r.integer("schemaVersion", 1, 1);
                    var list = r.readableObjects("routines", new RoutineReader(false)::routine);
                    r.rejectUnknownFields();
                    return version.isPresent() ? list : Optional.empty();
                }));
        List<SessionRecord> sessions = history.value().map(History::sessions).orElse(List.of());
        List<Routine> routineList = routines.value().orElse(List.of());
        try {
            database.write(c -> {
                long before = count(c);
                int added = 0;
                for (SessionRecord s : sessions) {
                    added += addIfNew(c, s, false);
                }
                // As before: an unfinished session from a damaged file is kept aside, not offered back.
                if (current.value().isPresent() && current.problems().isEmpty()) {
                    added += addIfNew(c, current.value().get(), true);
                }
                if (count(c) != before + added) {
                    throw new SQLException("the imported sessions could not be counted back");
                }
                for (AerobicEntry entry : history.value().map(History::aerobic).orElse(List.of())) {
                    addIfNew(c, entry);
                }
                addRoutines(c, routineList, routinesFile);
                return null;
            });
        } catch (IOException e) {
            notices.add(new StoreNotice(historyFile, List.of(new FileProblem(historyFile.toString(), "", 0, 0,
                    "could not be brought into the records (" + e.getMessage() + "); it is left as it was and "
                            + "will be tried again at the next start")), Optional.empty(), 0));
            return Optional.empty();
        }
        List<Path> keptAs = new ArrayList<>();
        retire(historyFile, history, sessions.size(), clock, notices, keptAs);
        retire(inProgressFile, current, 0, clock, notices, keptAs);
        retire(routinesFile, routines, routineList.size(), clock, notices, keptAs);
        return Optional.of(new Report(sessions.size(), current.value().isPresent() && current.problems().isEmpty(),
                routineList.size(), keptAs));
    }

    private static int addIfNew(Connection c, SessionRecord session, boolean inProgress) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM session WHERE id = ?")) {
            s.setString(1, session.id());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return 0;
                }
            }
        }
        SessionRows.write(c, session, inProgress);
        return 1;
    }

    /** Aerobic minutes keep their ids too: an export brought back twice adds nothing twice. */
    private static void addIfNew(Connection c, AerobicEntry entry) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM aerobic WHERE id = ?")) {
            s.setString(1, entry.id());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return;
                }
            }
        }
        AerobicLog.write(c, entry);
    }

    private static void addRoutines(Connection c, List<Routine> routines, Path file) throws SQLException {
        List<Routine> all = new ArrayList<>(RoutineRows.readAll(c));
        for (Routine routine : routines) {
            if (all.stream().noneMatch(r -> r.id().equals(routine.id()))) {
                RoutineRows.insert(c, routine, all.size());
                all.add(routine);
            }
        }
        // A routine lost to damage still has its number taken, so a new routine never reuses it.
        try {
            if (Files.isRegularFile(file)) {
                RoutineRows.noteIdsIn(c, Files.readString(file));
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable as text: the ids read above have already raised the counter.
        }
    }

    private static long count(Connection c) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM session")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** Renames an imported file out of the way; a damaged one is set aside and reported as before. */
    private static void retire(Path file, DataFile.Read<?> read, int kept, Clock clock, List<StoreNotice> notices,
                               List<Path> keptAs) {
        if (!Files.exists(file)) {
            return;
        }
        if (!read.problems().isEmpty()) {
            DataFile.setAsideIfDamaged(file, read, clock, kept).ifPresent(notice -> {
                notices.add(notice);
                notice.keptAs().ifPresent(keptAs::add);
            });
            return;
        }
        Path target = file.resolveSibling(file.getFileName() + ".imported-" + LocalDateTime.now(clock).format(STAMP));
        try {
            keptAs.add(Files.move(file, SetAside.free(target)));
        } catch (IOException e) {
            notices.add(new StoreNotice(file, List.of(new FileProblem(file.toString(), "", 0, 0,
                    "was brought into the records but could not be renamed: " + e.getMessage())), Optional.empty(),
                    kept));
        }
    }
}
