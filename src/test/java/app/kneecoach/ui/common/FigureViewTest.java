package app.kneecoach.ui.common;

import app.kneecoach.ui.shell.MainWindow;
import app.kneecoach.ui.testing.WindowTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.figure.Figure;
import app.kneecoach.figure.FigureLibrary;
import app.kneecoach.figure.FigurePair;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class FigureViewTest extends WindowTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    @Test
    void everyFigureIsBuiltAndStyledByClass() throws Exception {
        for (Exercise exercise : CATALOG.exercises()) {
            FigurePair pair = FigureLibrary.forExercise(exercise.id()).orElseThrow();
            for (Figure figure : List.of(pair.start(), pair.end())) {
                FigureView view = onFx(() -> styled(new FigureView(figure, pair.frame()), 300));
                String id = exercise.id();
                assertTrue(view.getStyleClass().contains("figure"), id);
                assertFalse(view.lookupAll(".figure-body").isEmpty(), id);
                assertFalse(view.lookupAll(".figure-active").isEmpty(), id + " shows the moving limb");
                assertTrue(view.lookup(".figure-floor") != null || view.lookup(".figure-mat") != null, id + " shows the floor");
                assertTrue(near(view, true).allMatch(s -> s.getStroke() instanceof Color)
                        && near(view, true).noneMatch(a -> near(view, false).anyMatch(b -> b.getStroke().equals(a.getStroke()))),
                        id + " draws the moving limb in its own colour from figures.css");
                assertTrue(view.lookupAll("*").stream().allMatch(n -> n.getStyle().isEmpty()), id + " has no inline style");
            }
            assertFalse(onFx(() -> styled(new FigureView(pair.end(), pair.frame()), 300)).lookupAll(".figure-arrow").isEmpty(),
                    exercise.id() + " shows the movement");
        }
    }

    @Test
    void scalesToTheWidthItIsGiven() throws Exception {
        FigurePair pair = FigureLibrary.forExercise("bridge").orElseThrow();
        for (double width : new double[] {160, 260, 360}) {
            FigureView view = onFx(() -> styled(new FigureView(pair.end(), pair.frame()), width));
            double inner = width - view.snappedLeftInset() - view.snappedRightInset();
            assertEquals(width, view.getWidth(), 0.5);
            assertEquals(inner * Figure.HEIGHT / Figure.WIDTH + view.snappedTopInset() + view.snappedBottomInset(),
                    view.getHeight(), 0.5);
            Bounds drawn = view.getChildrenUnmodifiable().get(0).getBoundsInParent();
            assertTrue(drawn.getMinX() >= 0 && drawn.getMaxX() <= view.getWidth()
                    && drawn.getMinY() >= 0 && drawn.getMaxY() <= view.getHeight(), width + ": " + drawn);
            assertTrue(drawn.getHeight() > view.getHeight() * 0.6, "the figure fills the view: " + drawn);
        }
    }

    @Test
    void thePairIsCaptionedAndDescribed() throws Exception {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        Node pair = onFx(() -> {
            Node node = FigurePairView.of(Messages.DEFAULT, bridge).orElseThrow();
            styled(new StackPane(node), 700);
            return node;
        });
        assertEquals(List.of("Start", "End"),
                pair.lookupAll(".figure-caption").stream().map(n -> ((Label) n).getText()).toList());
        assertEquals(2, pair.lookupAll(".figure").size());
        assertEquals(AccessibleRole.IMAGE_VIEW, pair.getAccessibleRole());
        assertEquals("Bridge: start and end positions", pair.getAccessibleText());
    }

    @Test
    void figuresGrowWithTheTextSizeSetting() throws Exception {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        double normal = onFx(() -> widestFigure(bridge));
        double doubled = onFx(() -> widestFigure(bridge, "font-200"));
        assertTrue(normal < 400 && doubled > 1.8 * normal, normal + " then " + doubled);
    }

    @Test
    void anExerciseWithoutFiguresShowsNone() {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        Exercise own = new Exercise("my-own-wall-sit", "Wall sit", bridge.category(), bridge.targets(),
                bridge.whyItHelps(), bridge.equipment(), bridge.startPosition(), bridge.steps(), bridge.cues(),
                bridge.cautions(), bridge.dosage(), List.of(), List.of(), List.of(), List.of());
        assertTrue(FigurePairView.of(Messages.DEFAULT, own).isEmpty());
    }

    /** How wide a figure of the pair is laid out in a very wide window at the given text size class. */
    private static double widestFigure(Exercise exercise, String... textSize) {
        StackPane pair = styled(new StackPane(FigurePairView.of(Messages.DEFAULT, exercise).orElseThrow()), 3000, textSize);
        return pair.lookup(".figure").getLayoutBounds().getWidth();
    }

    /** The shapes of the near side's limbs that move ({@code active}) or stay. */
    private static Stream<Shape> near(FigureView view, boolean active) {
        return view.lookupAll(".figure-body").stream().map(Shape.class::cast)
                .filter(s -> !s.getStyleClass().contains("figure-far"))
                .filter(s -> s.getStyleClass().contains("figure-active") == active);
    }

    /** Lays the node out at {@code width} in a scene with the app's stylesheets, as the window would. */
    private static <R extends Region> R styled(R region, double width, String... rootClasses) {
        region.setPrefWidth(width);
        Scene scene = new Scene(new StackPane(region));
        scene.getRoot().getStyleClass().addAll(rootClasses);
        scene.getStylesheets().addAll(FigureContactSheetTest.css(MainWindow.STYLESHEET),
                FigureContactSheetTest.css(FigurePairView.STYLESHEET));
        scene.getRoot().applyCss();
        scene.getRoot().resize(width, ((Region) scene.getRoot()).prefHeight(width));
        scene.getRoot().layout();
        return region;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
