package app.kneecoach.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads and validates a catalog. Never throws: anything wrong comes back as
 * {@link CatalogLoadResult.Failed} with every problem found, so the app can show them.
 */
public final class CatalogLoader {
    /** The bundled catalog, copied into the jar from the repository's exercises.json by the build. */
    public static final String BUNDLED_RESOURCE = "/app/kneecoach/catalog/exercises.json";
    public static final String BUNDLED_NAME = "exercises.json";
    /** Far above any real catalog (the bundled one is tens of KB); stops a runaway file from eating memory. */
    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final int MAX_DEPTH = 32;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength((int) MAX_BYTES)
                    .maxNumberLength(20)
                    .build())
            .build();

    private CatalogLoader() {
    }

    public static CatalogLoadResult loadBundled() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return failed(BUNDLED_NAME, "the built-in catalog is missing from the application");
            }
            return parse(BUNDLED_NAME, in.readNBytes((int) MAX_BYTES + 1));
        } catch (IOException e) {
            return failed(BUNDLED_NAME, "could not be read: " + e.getMessage());
        }
    }

    public static CatalogLoadResult load(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return failed(name, "is a folder, not a catalog file");
            }
            if (Files.size(file) > MAX_BYTES) {
                return failed(name, "is " + Files.size(file) / 1024 + " KB; a catalog may be at most "
                        + MAX_BYTES / 1024 + " KB");
            }
            return parse(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return failed(name, "does not exist");
        } catch (IOException | SecurityException e) {
            return failed(name, "could not be read: " + e.getMessage());
        }
    }

    /** Parses catalog bytes; {@code fileName} is used only in messages. */
    public static CatalogLoadResult parse(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            return failed(fileName, "is larger than " + MAX_BYTES / 1024 + " KB, the most a catalog may be");
        }
        LocatedJson json;
        try (JsonParser parser = JSON.createParser(content)) {
            json = LocatedJson.read(parser);
        } catch (LocatedJson.DuplicateFieldException e) {
            Problems problems = new Problems(fileName, path -> null);
            problems.add(e.path, e.location, e.getMessage());
            return new CatalogLoadResult.Failed(fileName, problems.list());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            return new CatalogLoadResult.Failed(fileName, List.of(new CatalogProblem(fileName, "",
                    loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "is not valid JSON: " + e.getOriginalMessage())));
        } catch (IOException | RuntimeException e) {
            return failed(fileName, "is not valid JSON: " + e.getMessage());
        }
        Problems problems = new Problems(fileName, json::locate);
        var catalog = new CatalogReader(problems).read(json.root());
        if (catalog.isPresent() && problems.isEmpty()) {
            return new CatalogLoadResult.Loaded(catalog.get());
        }
        return new CatalogLoadResult.Failed(fileName, problems.list());
    }

    private static CatalogLoadResult failed(String fileName, String message) {
        return new CatalogLoadResult.Failed(fileName, List.of(new CatalogProblem(fileName, "", 0, 0, message)));
    }
}
