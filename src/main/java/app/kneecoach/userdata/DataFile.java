package app.kneecoach.userdata;

import app.kneecoach.json.FileProblem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import app.kneecoach.json.JsonDocuments;
import app.kneecoach.json.JsonObjectReader;
import app.kneecoach.json.LocatedJson;
import app.kneecoach.json.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reading one of the user's JSON data files: never throws, every problem comes back with its field and line. */
final class DataFile {
    private DataFile() {
    }

    /** What could be read (possibly part of the file), and what was wrong; a missing file is neither. */
    record Read<T>(Optional<T> value, List<FileProblem> problems) {
    }

    static <T> Read<T> read(Path file, long maxBytes, BiFunction<Problems, JsonNode, Optional<T>> reader) {
        String name = file.toString();
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            // No data folder (or a file in its place): nothing to read here; the records report the folder once.
            return new Read<>(Optional.empty(), List.of());
        }
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
        Optional<JsonNode> quick = JsonDocuments.quickTree(content, maxBytes);
        if (quick.isPresent()) {
            // Locations are only needed to report a problem, and recording them is slow on a large history.
            Problems problems = new Problems(name, new LazyLocator(name, content, maxBytes));
            return new Read<>(reader.apply(problems, quick.get()), problems.list());
        }
        JsonDocuments.Parsed parsed = JsonDocuments.parse(name, content, maxBytes);
        if (parsed instanceof JsonDocuments.Bad bad) {
            return salvaged(name, content, maxBytes, bad, reader);
        }
        LocatedJson json = ((JsonDocuments.Ok) parsed).json();
        Problems problems = new Problems(name, json::locate);
        return new Read<>(reader.apply(problems, json.root()), problems.list());
    }

    /**
     * A broken file (cut short, say) still gives what it held before the break: the reader takes that part,
     * and its problems follow the one that says where the file breaks.
     */
    private static <T> Read<T> salvaged(String name, byte[] content, long maxBytes, JsonDocuments.Bad bad,
                                        BiFunction<Problems, JsonNode, Optional<T>> reader) {
        Optional<JsonNode> part = JsonDocuments.salvage(content, maxBytes);
        if (part.isEmpty()) {
            return new Read<>(Optional.empty(), bad.problems());
        }
        Problems problems = new Problems(name, path -> null);
        Optional<T> value = reader.apply(problems, part.get());
        List<FileProblem> all = new ArrayList<>(bad.problems());
        all.addAll(problems.list());
        return new Read<>(value, all);
    }

    /** What a store opens with: the value read, if any, and what the user must be told. */
    record Loaded<T>(Optional<T> value, Optional<StoreNotice> notice) {
    }

    /** Reads a file holding one JSON object with {@code reader}, setting it aside if it is damaged. */
    static <T> Loaded<T> loadObject(Path file, long maxBytes, Function<JsonObjectReader, Optional<T>> reader,
                                    Clock clock) {
        Read<T> read = read(file, maxBytes, (problems, json) -> JsonObjectReader.of(json, "", problems)
                .flatMap(reader));
        return new Loaded<>(read.value(), setAsideIfDamaged(file, read, clock, 0));
    }

    /**
     * Nothing when the file read cleanly (or was missing); otherwise it is moved aside under a timestamped
     * name, never to be overwritten, and the notice says what was wrong and where it was kept.
     *
     * @param kept how many entries could still be read from it
     */
    static Optional<StoreNotice> setAsideIfDamaged(Path file, Read<?> read, Clock clock, int kept) {
        if (read.problems().isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> keptAs;
        try {
            keptAs = Optional.of(SetAside.move(file, clock));
        } catch (IOException e) {
            keptAs = Optional.empty();
        }
        return Optional.of(new StoreNotice(file, read.problems(), keptAs, kept));
    }

    /** Parses the file again, with locations, the first time a problem needs one. */
    private static final class LazyLocator implements Function<String, JsonLocation> {
        private final String name;
        private final byte[] content;
        private final long maxBytes;
        private LocatedJson located;

        LazyLocator(String name, byte[] content, long maxBytes) {
            this.name = name;
            this.content = content;
            this.maxBytes = maxBytes;
        }

        @Override
        public JsonLocation apply(String path) {
            if (located == null) {
                JsonDocuments.Parsed parsed = JsonDocuments.parse(name, content, maxBytes);
                if (!(parsed instanceof JsonDocuments.Ok ok)) {
                    return null;
                }
                located = ok.json();
            }
            return located.locate(path);
        }
    }
}
