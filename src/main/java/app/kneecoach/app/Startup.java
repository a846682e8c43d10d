package app.kneecoach.app;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.userdata.Background;
import app.kneecoach.userdata.DataDirectory;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.FxBackground;
import app.kneecoach.ui.common.Views;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the catalog and the user's settings on a background thread while the JavaFX toolkit starts, so the
 * two overlap instead of adding up before the first frame. The history, which can take a second or more,
 * is read after the first frame, so it neither delays nor competes with it.
 */
public final class Startup {
    private static CompletableFuture<Loaded> pending;

    private Startup() {
    }

    /**
     * What the window needs, read off the UI thread, and how to read the history, which comes later.
     */
    public record Loaded(CatalogLoadResult catalog, AppServices services, Runnable readHistory) {
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
        Views.warmUp();
        CatalogLoadResult catalog = options.catalog().map(CatalogLoader::load).orElseGet(CatalogLoader::loadBundled);
        Path dataDir = options.dataDir().orElseGet(DataDirectory::forThisUser);
        CompletableFuture<HistoryStore.Opened> history = new CompletableFuture<>();
        Background background = FxBackground.create();
        // On the records thread, so every later read and save of the records queues behind the opening.
        return new Loaded(catalog, AppServices.system(dataDir, background, history), () -> background.work().execute(
                () -> {
                    try {
                        history.complete(HistoryStore.open(dataDir, Clock.systemDefaultZone()));
                    } catch (RuntimeException | Error e) {
                        history.completeExceptionally(e);
                    }
                }));
    }
}
