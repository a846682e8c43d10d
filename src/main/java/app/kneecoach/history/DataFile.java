package app.kneecoach.history;

import app.kneecoach.json.FileProblem;
import app.kneecoach.json.JsonDocuments;
import app.kneecoach.json.LocatedJson;
import app.kneecoach.json.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Reading one of the user's JSON data files: never throws, every problem comes back with its field and line. */
final class DataFile {
    private DataFile() {
    }

    /** What could be read (possibly part of the file), and what was wrong; a missing file is neither. */
    record Read<T>(Optional<T> value, List<FileProblem> problems) {
    }

    static <T> Read<T> read(Path file, long maxBytes, BiFunction<Problems, LocatedJson, Optional<T>> reader) {
        String name = file.toString();
        byte[] content;
        try {
            if (Files.size(file) > maxBytes) {
                return new Read<>(Optional.empty(), JsonDocuments.bad(name, "is larger than "
                        + maxBytes / 1024 + " KB, the most this file may be").problems());
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Read<>(Optional.empty(), List.of());
        } catch (IOException | SecurityException e) {
            return new Read<>(Optional.empty(), JsonDocuments.bad(name, "could not be read: " + e).problems());
        }
        JsonDocuments.Parsed parsed = JsonDocuments.parse(name, content, maxBytes);
        if (parsed instanceof JsonDocuments.Bad bad) {
            return new Read<>(Optional.empty(), bad.problems());
        }
        LocatedJson json = ((JsonDocuments.Ok) parsed).json();
        Problems problems = new Problems(name, json::locate);
        Optional<T> value = reader.apply(problems, json);
        return new Read<>(value, problems.list());
    }
}
