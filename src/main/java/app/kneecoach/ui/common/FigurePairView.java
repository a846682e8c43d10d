package app.kneecoach.ui.common;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.figure.FigureLibrary;
import app.kneecoach.figure.FigurePair;
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
        return FigureLibrary.forExercise(exercise.id())
                .map(pair -> pair(pair, text.get("figure.accessible", exercise.name()), text.get("figure.start"),
                        text.get("figure.end"), mirrored));
    }

    /** Two figures of {@code name} under their own captions, such as a yoga pose's "Cat" and "Cow". */
    public static Node of(Messages text, FigurePair pair, String name, String startCaption, String endCaption) {
        return pair(pair, text.get("figure.accessiblePair", name, startCaption, endCaption), startCaption, endCaption,
                false);
    }

    private static Node pair(FigurePair pair, String accessibleText, String startCaption, String endCaption,
                             boolean mirrored) {
        Frame frame = pair.frame();
        HBox box = new HBox(column(startCaption, new FigureView(pair.start(), frame, mirrored)),
                column(endCaption, new FigureView(pair.end(), frame, mirrored)));
        box.getStyleClass().add("figure-pair");
        box.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        box.setAccessibleText(accessibleText);
        return box;
    }

    private static VBox column(String caption, FigureView figure) {
        VBox column = new VBox(Blocks.text(caption, "figure-caption"), figure);
        column.getStyleClass().add("figure-column");
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }
}
