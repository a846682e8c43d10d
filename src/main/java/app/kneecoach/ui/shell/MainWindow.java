package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Appearance;
import app.kneecoach.ui.common.FigurePairView;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.Views;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.userdata.WindowStore;
import javafx.geometry.Dimension2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Puts the main window (or, for a broken catalog, the error view) on a stage. */
public final class MainWindow {
    public static final String STYLESHEET = "/app/kneecoach/ui/common/app.css";
    static final double WIDTH = 1200;
    static final double HEIGHT = 800;
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private MainWindow() {
    }

    public static void show(Stage stage, CatalogLoadResult catalog, AppServices services) {
        WindowStore windows = services.windowStorage().store();
        Dimension2D size = WindowPlacer.contentSize(windows, WIDTH, HEIGHT);
        Scene scene = new Scene(new javafx.scene.Group(), size.getWidth(), size.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource(FigurePairView.STYLESHEET).toExternalForm());
        WindowShellView shell = new WindowShellView(new SaveBarViewModel(services), services.files());
        scene.setRoot(Views.load("WindowShellView.fxml", shell));
        shell.show(root(catalog, shell, services));
        Appearance.follow(scene, () -> services.userSettings().settings());
        stage.setTitle(Messages.DEFAULT.get("app.title"));
        stage.getIcons().setAll(AppIcon.windowImages());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        WindowPlacer.follow(stage, windows, services.background());
        stage.setOnCloseRequest(event -> {
            if (!shell.mayClose()) {
                event.consume();
            }
        });
        // Ctrl+Q (Cmd+Q) from any view: the same request as the window's close button, so the same questions are
        // asked and the same saves made.
        scene.getAccelerators().put(QUIT,
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        stage.show();
    }

    /** The window content for a load result; a broken catalog gets the error view, never an exception. */
    static Parent root(CatalogLoadResult catalog, WindowShellView shell, AppServices services) {
        if (catalog instanceof CatalogLoadResult.Loaded loaded) {
            return Views.load("MainWindowView.fxml", new MainWindowView(loaded.catalog(), services, shell));
        }
        Runnable openBuiltIn = () -> shell.show(root(CatalogLoader.loadBundled(), shell, services));
        return Views.load("CatalogErrorView.fxml", new CatalogErrorView(
                new CatalogErrorViewModel((CatalogLoadResult.Failed) catalog, openBuiltIn)));
    }
}
