package app.kneecoach.ui.common;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.figure.FigureLibrary;
import app.kneecoach.figure.Frame;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** An exercise's start and end positions side by side, each captioned; styled from figures.css. */
public final class FigurePairView {
    public static final String STYLESHEET = "/app/kneecoach/ui/common/figures.css";

    private FigurePairView() {
    }

    /** The two figures for the exercise, or nothing for an exercise without figures (one a user added). */
    public static Optional<Node> of(Messages text, Exercise exercise) {
        return of(text, exercise, false);
    }

    /** The same, {@code mirrored} to show the movement with the other leg than the figures' own. */
    public static Optional<Node> of(Messages text, Exercise exercise, boolean mirrored) {
        return FigureLibrary.forExercise(exercise.id()).map(pair -> {
            Frame frame = pair.frame();
            HBox box = new HBox(column(text.get("figure.start"), new FigureView(pair.start(), frame, mirrored)),
                    column(text.get("figure.end"), new FigureView(pair.end(), frame, mirrored)));
            box.getStyleClass().add("figure-pair");
            box.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            box.setAccessibleText(text.get("figure.accessible", exercise.name()));
            return box;
        });
    }

    private static VBox column(String caption, FigureView figure) {
        VBox column = new VBox(Blocks.text(caption, "figure-caption"), figure);
        column.getStyleClass().add("figure-column");
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }
}
