package app.kneecoach.ui.shell;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javafx.scene.image.Image;

/**
 * The app's icon (a person stepping up, on the accent green), drawn at every size the desktop may ask for: the
 * title bar, the task bar and the window switcher each pick the size closest to theirs. The PNGs are rendered
 * from src/packaging/icon/knee-coach.svg by make-icons.sh beside it.
 */
public final class AppIcon {
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    static final String FOLDER = "/app/kneecoach/icon/";
    private static final Logger LOG = Logger.getLogger(AppIcon.class.getName());

    private AppIcon() {
    }

    static String resource(int size) {
        return FOLDER + "knee-coach-" + size + ".png";
    }

    /** Every size that loads; a missing or unreadable one is left out (the desktop scales another) and logged. */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
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
