package app.kneecoach.ui;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.figure.Figure;
import app.kneecoach.figure.FigureLibrary;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** An exercise's start and end positions side by side, each captioned; styled from figures.css. */
final class FigurePairView {
    static final String STYLESHEET = "/app/kneecoach/ui/figures.css";

    private FigurePairView() {
    }

    /** The two figures for the exercise, or nothing for an exercise without figures (one a user added). */
    static Optional<Node> of(Messages text, Exercise exercise) {
        return FigureLibrary.forExercise(exercise.id()).map(pair -> {
            HBox box = new HBox(column(text.get("figure.start"), pair.start()), column(text.get("figure.end"), pair.end()));
            box.getStyleClass().add("figure-pair");
            box.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            box.setAccessibleText(text.get("figure.accessible", exercise.name()));
            return box;
        });
    }

    private static VBox column(String caption, Figure figure) {
        VBox column = new VBox(Blocks.text(caption, "figure-caption"), new FigureView(figure));
        column.getStyleClass().add("figure-column");
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }
}
