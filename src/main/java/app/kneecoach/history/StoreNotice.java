package app.kneecoach.history;

import app.kneecoach.json.FileProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Something the user must be told about their data: a file that could not be read (and where it was
 * kept), or one that could not be written.
 *
 * @param file     the file concerned
 * @param problems what was wrong, each with its field and line
 * @param keptAs   where the unreadable file now is, untouched
 * @param kept     how many sessions could still be read from it
 */
public record StoreNotice(Path file, List<FileProblem> problems, Optional<Path> keptAs, int kept) {
    public StoreNotice {
        problems = List.copyOf(problems);
    }
}
