package app.kneecoach.userdata;

import app.kneecoach.json.FileProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Something the user must be told about their data: a file that could not be read (and where it was
 * kept), or a data folder that cannot be used, so this run keeps what it records in memory only.
 *
 * @param file     the file concerned
 * @param problems what was wrong, each with its field and line
 * @param keptAs   where the unreadable file now is, untouched
 * @param kept     how many sessions (or routines) could still be read from it
 * @param kind     what it means for the user
 */
public record StoreNotice(Path file, List<FileProblem> problems, Optional<Path> keptAs, int kept, Kind kind) {
    public enum Kind {
        /** A damaged file, set aside; the app goes on with what could be read. */
        UNREADABLE,
        /** The records cannot be written where they belong; this run keeps them in memory only. */
        NOT_SAVED,
        /** The records can be read but not written: sessions wait in the app until they can be saved. */
        READ_ONLY
    }

    public StoreNotice {
        problems = List.copyOf(problems);
    }

    public StoreNotice(Path file, List<FileProblem> problems, Optional<Path> keptAs, int kept) {
        this(file, problems, keptAs, kept, Kind.UNREADABLE);
    }
}
