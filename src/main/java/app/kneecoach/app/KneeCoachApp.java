package app.kneecoach.app;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.history.DataDirectory;
import app.kneecoach.ui.AppServices;
import app.kneecoach.ui.MainWindow;
import javafx.application.Application;
import javafx.stage.Stage;

/** Loads the catalog named by the options (or the bundled one) and opens the main window. */
public class KneeCoachApp extends Application {

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        CatalogLoadResult catalog = options.catalog().map(CatalogLoader::load).orElseGet(CatalogLoader::loadBundled);
        MainWindow.show(stage, catalog,
                AppServices.system(options.dataDir().orElseGet(DataDirectory::forThisUser)));
    }
}
