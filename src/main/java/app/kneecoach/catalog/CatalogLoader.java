package app.kneecoach.catalog;

import app.kneecoach.json.JsonDocuments;
import app.kneecoach.json.LocatedJson;
import app.kneecoach.json.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
        JsonDocuments.Parsed parsed = JsonDocuments.parse(fileName, content, MAX_BYTES);
        if (parsed instanceof JsonDocuments.Bad bad) {
            return new CatalogLoadResult.Failed(fileName, bad.problems());
        }
        LocatedJson json = ((JsonDocuments.Ok) parsed).json();
        Problems problems = new Problems(fileName, json::locate);
        var catalog = new CatalogReader(problems).read(json.root());
        if (catalog.isPresent() && problems.isEmpty()) {
            return new CatalogLoadResult.Loaded(catalog.get());
        }
        return new CatalogLoadResult.Failed(fileName, problems.list());
    }

    private static CatalogLoadResult failed(String fileName, String message) {
        return new CatalogLoadResult.Failed(fileName, JsonDocuments.bad(fileName, message).problems());
    }
}
