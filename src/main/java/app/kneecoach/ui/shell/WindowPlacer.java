package app.kneecoach.ui.shell;

import app.kneecoach.userdata.WindowPlacement;
import app.kneecoach.userdata.Background;
import app.kneecoach.userdata.WindowStore;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Opens the main window where and as large as it was when last closed (someone who enlarged it to read
 * from the floor should not have to do so again each time), and keeps that place when it closes.
 */
final class WindowPlacer {
    private static final Logger LOG = Logger.getLogger(WindowPlacer.class.getName());
    private final Stage stage;
    /** The bounds when last neither maximized nor minimized: what un-maximizing returns to. */
    private double x;
    private double y;
    private double width;
    private double height;

    private WindowPlacer(Stage stage) {
        this.stage = stage;
    }

    /** The size of the window's content: as it was saved, else the default; the scene is made at this size. */
    static Dimension2D contentSize(WindowStore store, double defaultWidth, double defaultHeight) {
        return store.placement().map(p -> new Dimension2D(p.width(), p.height()))
                .orElse(new Dimension2D(defaultWidth, defaultHeight));
    }

    /** Call once the stage has its scene (made at {@link #contentSize}) and before it is first shown. */
    static void follow(Stage stage, WindowStore store, Background background) {
        store.placement().ifPresent(placement -> restore(stage, placement));
        WindowPlacer placer = new WindowPlacer(stage);
        stage.xProperty().addListener(obs -> placer.remember());
        stage.yProperty().addListener(obs -> placer.remember());
        stage.getScene().widthProperty().addListener(obs -> placer.remember());
        stage.getScene().heightProperty().addListener(obs -> placer.remember());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> placer.save(store, background));
    }

    /** The saved position while it is still on one of the screens (else the system places the window). */
    private static void restore(Stage stage, WindowPlacement placement) {
        Rectangle2D saved = new Rectangle2D(placement.x(), placement.y(), placement.width(), placement.height());
        if (!Screen.getScreensForRectangle(saved).isEmpty()) {
            stage.setX(placement.x());
            stage.setY(placement.y());
        }
        if (placement.maximized()) {
            stage.setMaximized(true);
        }
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getScene().getWidth();
            height = stage.getScene().getHeight();
        }
    }

    /** Written on the records thread; the app lets it finish before it exits (KneeCoachApp.stop). */
    private void save(WindowStore store, Background background) {
        if (width < 1 || height < 1) {
            return;
        }
        int left = (int) Math.round(x);
        int top = (int) Math.round(y);
        int w = (int) Math.round(width);
        int h = (int) Math.round(height);
        boolean maximized = stage.isMaximized();
        background.run(() -> {
            store.save(new WindowPlacement(left, top, w, h, maximized));
            return maximized;
        }, saved -> { }, e -> {
            // The window is closing: nobody to tell. It opens at the default place next time, nothing else is lost.
            LOG.log(Level.WARNING, "Could not keep the window's place", e);
        });
    }
}
