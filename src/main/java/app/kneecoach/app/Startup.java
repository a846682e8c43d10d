package app.kneecoach.app;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.history.DataDirectory;
import app.kneecoach.ui.AppServices;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the catalog and the user's data on a background thread while the JavaFX toolkit starts, so the
 * two overlap instead of adding up before the first frame.
 */
public final class Startup {
    private static CompletableFuture<Loaded> pending;

    private Startup() {
    }

    /** What the window needs, read off the UI thread. */
    public record Loaded(CatalogLoadResult catalog, AppServices services) {
    }

    /** Starts reading; call before {@code Application.launch}. Later calls reuse the first. */
    public static synchronized void begin(List<String> args) {
        if (pending == null) {
            pending = CompletableFuture.supplyAsync(() -> load(AppOptions.parse(args)));
        }
    }

    static synchronized Loaded await(List<String> args) {
        begin(args);
        return pending.join();
    }

    private static Loaded load(AppOptions options) {
        CatalogLoadResult catalog = options.catalog().map(CatalogLoader::load).orElseGet(CatalogLoader::loadBundled);
        return new Loaded(catalog, AppServices.system(options.dataDir().orElseGet(DataDirectory::forThisUser)));
    }
}
