package app.kneecoach.ui.shell;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javafx.scene.image.Image;

/**
 * The app's icon (a person stepping up, on the accent green). The PNGs are rendered from
 * src/packaging/icon/knee-coach.svg by make-icons.sh beside it, at every size a desktop may ask for; the
 * larger ones serve the installed app's menu entry (jpackage's icon).
 */
public final class AppIcon {
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    /**
     * The sizes the window offers. JavaFX 21 hands the desktop one of them, the nearest to 128 px (Linux, macOS)
     * or 32 px (Windows), so 256 and 512 would only be decoded on the window's thread at every start (several
     * milliseconds) and never shown.
     */
    public static final List<Integer> WINDOW_SIZES = SIZES.stream().filter(size -> size <= 128).toList();
    static final String FOLDER = "/app/kneecoach/icon/";
    private static final Logger LOG = Logger.getLogger(AppIcon.class.getName());

    private AppIcon() {
    }

    static String resource(int size) {
        return FOLDER + "knee-coach-" + size + ".png";
    }

    /** The window's sizes; a missing or unreadable one is left out (the desktop scales another) and logged. */
    public static List<Image> windowImages() {
        List<Image> images = new ArrayList<>();
        for (int size : WINDOW_SIZES) {
            URL url = AppIcon.class.getResource(resource(size));
            Image image = url == null ? null : new Image(url.toExternalForm());
            if (image == null || image.isError()) {
                LOG.warning(() -> "app icon not loaded: " + resource(size));
            } else {
                images.add(image);
            }
        }
        return images;
    }
}
