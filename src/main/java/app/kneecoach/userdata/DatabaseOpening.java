package app.kneecoach.userdata;

import app.kneecoach.instance.PrivateFiles;
import app.kneecoach.json.FileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Opens the records database in a data folder, creating it for the user alone or migrating it. A file in its
 * place that is not a database, is empty, is a folder, is damaged or comes from a newer version is set aside
 * (never written over) with SQLite's files beside it, what can still be read from it is carried over, and the
 * notices say what happened.
 */
final class DatabaseOpening {
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private DatabaseOpening() {
    }

    record Opened(Database database, List<StoreNotice> notices) {
        Opened {
            notices = List.copyOf(notices);
        }
    }

    /**
     * Opens (creating or migrating) the database in {@code dir}; a damaged one is set aside and reported.
     *
     * @throws IOException when the folder or file cannot be used at all (then nothing was changed)
     */
    static Opened open(Path dir, Clock clock) throws IOException {
        PrivateFiles.createDirectories(dir);
        try (OpeningLock turn = OpeningLock.take(dir)) {
            return openInTurn(dir, clock);
        }
    }

    private static Opened openInTurn(Path dir, Clock clock) throws IOException {
        Path file = dir.resolve(Database.FILE);
        List<StoreNotice> notices = new ArrayList<>();
        Optional<String> unusable = inspect(file);
        if (unusable.isPresent()) {
            Aside aside = setAside(file, unusable.get(), clock, false);
            if (aside.keptAs().isEmpty()) {
                throw new IOException(file + " " + unusable.get() + " and could not be moved aside");
            }
            notices.add(aside.notice(0));
        }
        // Only without a -wal beside it: opened as unchanging, SQLite would not read what the log still holds.
        if (Files.exists(file) && !Files.isWritable(file.toAbsolutePath().getParent())
                && Files.notExists(file.resolveSibling(file.getFileName() + "-wal"))) {
            Optional<Database> readOnly = readOnly(file);
            if (readOnly.isPresent()) {
                return new Opened(readOnly.get(), notices);
            }
        }
        createPrivate(file);
        try {
            Connection connection = Database.connect(file);
            Optional<String> problem = check(connection);
            if (problem.isEmpty()) {
                Database database = new Database(connection, Optional.of(file));
                database.migrate();
                return new Opened(database, notices);
            }
            connection.close();
            Aside aside = setAside(file, problem.get(), clock, true);
            if (aside.keptAs().isEmpty()) {
                throw new IOException(file + " " + problem.get() + " and could not be moved aside");
            }
            createPrivate(file);
            Database fresh = new Database(Database.connect(file), Optional.of(file));
            fresh.migrate();
            boolean readable = !problem.get().startsWith(NEWER);
            notices.add(aside.notice(readable ? Salvage.copy(aside.keptAs().get(), fresh) : 0));
            return new Opened(fresh, notices);
        } catch (SQLException e) {
            // A read-only disk (where access checks say nothing, e.g. for root): still readable, not writable.
            Optional<Database> readOnly = Files.size(file) > 0 ? readOnly(file) : Optional.empty();
            if (readOnly.isPresent()) {
                return new Opened(readOnly.get(), notices);
            }
            throw SqlFailure.of(e);
        }
    }

    /** The records opened to be read only, if they can be and are whole and of a known schema. */
    private static Optional<Database> readOnly(Path file) {
        try {
            Connection connection = Database.connectReadOnly(file);
            if (check(connection).isPresent()) {
                connection.close();
                return Optional.empty();
            }
            return Optional.of(Database.readOnly(connection, file));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /**
     * A health log is for its owner alone: the file is made 0600 before SQLite first opens it (SQLite gives its
     * -wal and -shm files the same permissions). An empty file is what SQLite makes a new database of.
     */
    private static void createPrivate(Path file) throws IOException {
        if (Files.notExists(file)) {
            Files.createFile(file);
            PrivateFiles.restrict(file);
        }
    }

    private static final String NEWER = "was written by a newer version of Knee Coach";

    /** Why the file in the database's place cannot be opened as one, if it cannot. */
    private static Optional<String> inspect(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of("is a folder, not a records file");
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER.length);
            if (start.length == 0) {
                return Optional.of("is empty (0 bytes)");
            }
            return Arrays.equals(start, HEADER) ? Optional.empty() : Optional.of("is not a Knee Coach records file");
        } catch (IOException e) {
            return Optional.of("could not be read: " + e.getMessage());
        }
    }

    /** Whether the opened file is whole and of a schema this build knows. */
    private static Optional<String> check(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            List<String> found = new ArrayList<>();
            while (r.next()) {
                found.add(r.getString(1));
            }
            if (!found.equals(List.of("ok"))) {
                return Optional.of("is damaged: " + String.join("; ", found.subList(0, Math.min(3, found.size()))));
            }
        } catch (SQLException e) {
            if (SqlFailure.damaged(e)) {
                return Optional.of("is damaged: " + e.getMessage());
            }
            throw e;
        }
        int version = Database.userVersion(connection);
        return version > Schema.VERSION
                ? Optional.of(NEWER + " (records version " + version + ", this one reads up to " + Schema.VERSION + ")")
                : Optional.empty();
    }

    /** Where a file in the database's place was moved, and what was wrong with it. */
    private record Aside(Path file, List<FileProblem> problems, Optional<Path> keptAs) {
        StoreNotice notice(int kept) {
            return new StoreNotice(file, problems, keptAs, kept);
        }
    }

    /** Moves the file, and SQLite's files beside it, out of the way under a timestamped name. */
    private static Aside setAside(Path file, String problem, Clock clock, boolean withCompanions) {
        List<FileProblem> problems = new ArrayList<>(List.of(new FileProblem(file.toString(), "", 0, 0, problem)));
        try {
            Path aside = SetAside.move(file, clock);
            for (String suffix : withCompanions ? COMPANIONS : List.<String>of()) {
                Path companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            return new Aside(file, problems, Optional.of(aside));
        } catch (IOException e) {
            problems.add(new FileProblem(file.toString(), "", 0, 0, "could not be moved aside: " + e.getMessage()));
            return new Aside(file, problems, Optional.empty());
        }
    }

    /** What is wrong with a data folder that cannot hold the records, in plain words. */
    static String folderProblem(Path dir, Exception e) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return p.equals(dir.toAbsolutePath()) ? "is a file, not a folder" : p + " is a file, not a folder";
            }
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be written to: you do not have the rights to it";
        }
        return Optional.ofNullable(e.getMessage()).orElse(e.toString());
    }
}
