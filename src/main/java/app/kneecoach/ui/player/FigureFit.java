package app.kneecoach.ui.player;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Measures the room the player's side column leaves its figures, beside everything else in it (tempo, cues,
 * what comes next), and tells {@link PlayerFigure} how wide they can be drawn there; the figures' height follows
 * their width, so the width is what sets their size.
 */
final class FigureFit {
    /** Two widths to measure the figures' height at: it grows in step with their width. */
    private static final double NARROW = 200;
    private static final double WIDE = 400;
    private final Region player;
    private final VBox side;
    private final VBox figures;
    private final PlayerFigure figure;

    private FigureFit(Region player, VBox side, VBox figures, PlayerFigure figure) {
        this.player = player;
        this.side = side;
        this.figures = figures;
        this.figure = figure;
    }

    /**
     * Keeps {@code figures} (a child of {@code side}) fitted: measured after each layout of the scene the player
     * is in, when every text beside them has its style and size (their own width is whole pixels, so an
     * unchanged room changes nothing and lays nothing out again).
     */
    static void follow(Region player, VBox side, VBox figures, PlayerFigure figure) {
        FigureFit fit = new FigureFit(player, side, figures, figure);
        Runnable measure = fit::measure;
        player.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(measure);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(measure);
            }
        });
        if (player.getScene() != null) {
            player.getScene().addPostLayoutPulseListener(measure);
        }
        figures.maxWidthProperty().bind(figure.width());
    }

    private void measure() {
        double width = side.getWidth() - side.snappedLeftInset() - side.snappedRightInset();
        double free = side.getHeight() - side.snappedTopInset() - side.snappedBottomInset();
        for (Node child : side.getChildren()) {
            if (child != figures && child.isManaged()) {
                free -= child.prefHeight(width) + side.getSpacing();
            }
        }
        figure.fitIn(player.getHeight(), Math.floor(Math.min(width, widthFor(free))));
    }

    /** The widest the figures can be drawn within {@code height}: their height is linear in their width. */
    private double widthFor(double height) {
        if (figures.getChildren().isEmpty()) {
            return 0;
        }
        Node pair = figures.getChildren().get(0);
        double narrow = pair.prefHeight(NARROW);
        double perPixel = (pair.prefHeight(WIDE) - narrow) / (WIDE - NARROW);
        return perPixel <= 0 ? 0 : NARROW + (height - narrow) / perPixel;
    }
}
