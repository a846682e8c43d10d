package app.kneecoach.userdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Moves an unreadable file out of the way under a timestamped name, so it is kept and never overwritten. */
public final class SetAside {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SetAside() {
    }

    /** @return where the file now is */
    public static Path move(Path file, Clock clock) throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        return Files.move(file, free(file.resolveSibling(file.getFileName() + ".unreadable-" + stamp)));
    }

    /** {@code wanted}, or the first of {@code wanted-2}, {@code wanted-3}... that no file has taken. */
    static Path free(Path wanted) {
        Path path = wanted;
        for (int n = 2; Files.exists(path); n++) {
            path = wanted.resolveSibling(wanted.getFileName() + "-" + n);
        }
        return path;
    }
}
