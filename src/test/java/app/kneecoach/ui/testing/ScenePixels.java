package app.kneecoach.ui.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;

/**
 * A snapshot of the window as drawn, read around a node: how strongly its outline, its text, its fill or a
 * ring around it stand out (WCAG contrast), for what the palette alone cannot tell (which colours modena's
 * layers end up drawing, whether a ring is drawn at all).
 */
public final class ScenePixels {
    /** How far right of a node the page behind it is sampled. */
    private static final double PAGE = 9;
    /** How far left of a node a ring around it is looked for: short of a neighbour in a row spaced 6 px. */
    private static final double RING = 4;
    private final WritableImage image;

    private ScenePixels(WritableImage image) {
        this.image = image;
    }

    public static ScenePixels of(FxRobot robot) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(robot.window(0).getScene().snapshot(null)));
        return new ScenePixels(shot.get());
    }

    public void write(Path file) throws IOException {
        PngWriter.write(image, file);
    }

    /** The strongest contrast between the page right of the node and the node's right edge (clear of text). */
    public double outline(Node node) {
        Bounds b = bounds(node);
        Color page = at(b.getMaxX() + PAGE, b.getCenterY());
        return strongest(page, b.getMaxX() - 3, b.getMaxX() + 1, b.getCenterY(), b.getCenterY());
    }

    /**
     * The strongest contrast between the page and what is drawn in the few pixels left of the node: a ring
     * around it, or nothing (1:1). The page's colour is read at the top left corner of the region it is in.
     */
    public double ring(Node node, Node page) {
        Bounds b = bounds(node);
        Bounds p = bounds(page);
        return strongest(at(p.getMinX() + 2, p.getMinY() + 2), b.getMinX() - RING, b.getMinX() - 1, b.getCenterY(),
                b.getCenterY());
    }

    /** The strongest contrast between what is drawn inside the node (its text) and its fill. */
    public double inside(Node node) {
        Bounds b = bounds(node);
        return strongest(fill(node), b.getMinX() + 5, b.getMaxX() - 5, b.getMinY() + 5, b.getMaxY() - 5);
    }

    /** The node's own fill, near its right end (clear of text that starts at the left or in the middle). */
    public Color fill(Node node) {
        Bounds b = bounds(node);
        return at(b.getMaxX() - 8, b.getCenterY());
    }

    /** The node's fill near its left end: a progress bar's bar. */
    public Color start(Node node) {
        Bounds b = bounds(node);
        return at(b.getMinX() + 8, b.getCenterY());
    }

    private double strongest(Color against, double x0, double x1, double y0, double y1) {
        double best = 1;
        for (int y = (int) Math.floor(y0); y <= (int) Math.ceil(y1); y++) {
            for (int x = (int) Math.floor(x0); x <= (int) Math.ceil(x1); x++) {
                best = Math.max(best, Contrast.ratio(against, at(x, y)));
            }
        }
        return best;
    }

    private Color at(double x, double y) {
        return image.getPixelReader().getColor((int) x, (int) y);
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
