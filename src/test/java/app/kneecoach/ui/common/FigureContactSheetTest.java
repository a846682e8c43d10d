package app.kneecoach.ui.common;

import app.kneecoach.ui.shell.MainWindow;
import app.kneecoach.ui.testing.PngWriter;
import app.kneecoach.ui.testing.WindowTest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.YogaPose;
import app.kneecoach.figure.FigureLibrary;
import app.kneecoach.figure.FigurePair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws every exercise's start and end figures on one sheet per theme, for a person to look at:
 * target/figures/all-figures.png (light), all-figures-dark.png, all-figures-high-contrast.png.
 */
class FigureContactSheetTest extends WindowTest {
    private static final Path DIR = Path.of("target/figures");
    private static final int COLUMNS = 3;
    private static final double FIGURE_WIDTH = 260;

    /** Each theme's -kc-figure-active in figures.css: plenty of pixels of it means the moving limbs were drawn. */
    @ParameterizedTest
    @CsvSource({"'', all-figures.png, #d2601a", "theme-dark, all-figures-dark.png, #ff9a52",
            "theme-high-contrast, all-figures-high-contrast.png, #ffff00"})
    void writesAllNinePairsOnOneSheet(String theme, String file, String active)
            throws IOException, InterruptedException, ExecutionException {
        Catalog catalog = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
        List<Exercise> exercises = catalog.exercises();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            GridPane sheet = new GridPane();
            sheet.setHgap(24);
            sheet.setVgap(16);
            sheet.setPadding(new Insets(16));
            for (int i = 0; i < exercises.size(); i++) {
                Exercise exercise = exercises.get(i);
                VBox cell = new VBox(Blocks.text(exercise.name(), "h3"),
                        FigurePairView.of(Messages.DEFAULT, exercise).orElseThrow());
                cell.lookupAll(".figure").forEach(f -> ((FigureView) f).setPrefWidth(FIGURE_WIDTH));
                sheet.add(cell, i % COLUMNS, i / COLUMNS);
            }
            if (!theme.isEmpty()) {
                sheet.getStyleClass().add(theme);
            }
            Scene scene = new Scene(sheet);
            scene.getStylesheets().addAll(css(MainWindow.STYLESHEET), css(FigurePairView.STYLESHEET));
            return scene.snapshot(null);
        }).get();
        Path sheet = DIR.resolve(file);
        PngWriter.write(image, sheet);
        assertTrue(Files.size(sheet) > 20_000, "the sheet holds drawn figures");
        assertTrue(pixelsOf(image, Color.web(active)) > exercises.size() * 2 * 300, "the moving limbs are drawn");
    }

    /** The yoga poses' figures, light theme: target/figures/yoga-poses.png. */
    @Test
    void writesTheYogaPosesOnASheet() throws IOException, InterruptedException, ExecutionException {
        Catalog catalog = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            GridPane sheet = new GridPane();
            sheet.setHgap(24);
            sheet.setPadding(new Insets(16));
            int column = 0;
            for (YogaPose pose : catalog.yogaPoses()) {
                FigurePair pair = FigureLibrary.forYogaPose(pose.id()).orElseThrow(() -> new AssertionError(pose.id()));
                VBox cell = new VBox(Blocks.text(pose.name(), "h3"),
                        FigurePairView.of(Messages.DEFAULT, pair, pose.name(), "Start", "End"));
                cell.lookupAll(".figure").forEach(f -> ((FigureView) f).setPrefWidth(FIGURE_WIDTH));
                sheet.add(cell, column++, 0);
            }
            Scene scene = new Scene(sheet);
            scene.getStylesheets().addAll(css(MainWindow.STYLESHEET), css(FigurePairView.STYLESHEET));
            return scene.snapshot(null);
        }).get();
        Path sheet = DIR.resolve("yoga-poses.png");
        PngWriter.write(image, sheet);
        assertTrue(pixelsOf(image, Color.web("#d2601a")) > catalog.yogaPoses().size() * 2 * 300, "the moving parts are drawn");
    }

    private static long pixelsOf(WritableImage image, Color colour) {
        PixelReader pixels = image.getPixelReader();
        long count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 0.05) {
                    count++;
                }
            }
        }
        return count;
    }

    static String css(String resource) {
        return FigurePairView.class.getResource(resource).toExternalForm();
    }
}
