package app.kneecoach.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed icon PNGs are what the window and jpackage use: each size there, at its size, a rounded square
 * with a clear margin and a figure on it, and the set the script in src/packaging/icon makes (so re-running it
 * changes nothing but what the SVG changed). The build has no converter; where rsvg-convert is installed the
 * PNGs are also rendered afresh and compared.
 */
class AppIconFilesTest {
    private static final Path ICONS = Path.of("src/main/resources" + AppIcon.FOLDER);
    private static final Path SCRIPT = Path.of("src/packaging/icon/make-icons.sh");
    private static final Pattern SIZES_LINE = Pattern.compile("(?m)^SIZES=\"([\\d ]+)\"$");
    /** The square's fill: app.css's -kc-accent. */
    private static final int ACCENT = 0x2a6f5b;

    @Test
    void theScriptMakesExactlyTheCommittedSizesAndTheWindowOffersThemAll() throws IOException {
        Matcher line = SIZES_LINE.matcher(Files.readString(SCRIPT));
        assertTrue(line.find(), "make-icons.sh lists its sizes in SIZES=\"...\"");
        List<Integer> scripted = Arrays.stream(line.group(1).trim().split(" +")).map(Integer::valueOf).toList();
        assertEquals(AppIcon.SIZES, scripted);
        assertEquals(scripted.stream().map(AppIconFilesTest::fileName).collect(Collectors.toCollection(TreeSet::new)),
                committedFiles(), "the files in " + ICONS);
    }

    @Test
    void everySizeIsARoundedSquareWithAMarginAndTheFigureOnIt() throws IOException {
        for (int size : AppIcon.SIZES) {
            BufferedImage icon = read(ICONS, size);
            String name = fileName(size);
            assertEquals(size, icon.getWidth(), name);
            assertEquals(size, icon.getHeight(), name);
            assertTrue(icon.getColorModel().hasAlpha(), name + " has transparency");
            int last = size - 1;
            for (int[] corner : new int[][] {{0, 0}, {last, 0}, {0, last}, {last, last}}) {
                assertEquals(0, alpha(icon, corner[0], corner[1]), name + " corner " + Arrays.toString(corner));
            }
            assertTrue(alpha(icon, size / 2, 0) < 255, name + ": a margin above the square");
            // The square starts 5 % in; its corners are rounded on a fifth of the size.
            assertEquals(255, alpha(icon, size / 8, size / 2), name + ": the square's left edge");
            int corner = (int) (size * 0.08);
            assertTrue(alpha(icon, corner, corner) < 128, name + ": the square's corner is rounded");
            assertTrue(share(icon, AppIconFilesTest::isAccent) > 0.3, name + ": the square is the accent green");
            assertTrue(share(icon, AppIconFilesTest::isLight) > 0.08, name + ": the light figure is on it");
        }
    }

    @Test
    void theCommittedPngsAreWhatTheScriptRendersFromTheSvg(@TempDir Path fresh)
            throws IOException, InterruptedException {
        assumeTrue(onPath("rsvg-convert"), "rsvg-convert (librsvg2-bin) is not installed");
        Process script = new ProcessBuilder("sh", SCRIPT.toString(), fresh.toString()).inheritIO().start();
        assertTrue(script.waitFor(60, TimeUnit.SECONDS), "make-icons.sh finished");
        assertEquals(0, script.exitValue());
        for (int size : AppIcon.SIZES) {
            BufferedImage committed = read(ICONS, size);
            BufferedImage rendered = read(fresh, size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    assertTrue(close(committed.getRGB(x, y), rendered.getRGB(x, y)),
                            fileName(size) + " differs from the SVG at " + x + "," + y
                                    + ": run make-icons.sh and commit the PNGs");
                }
            }
        }
    }

    private static Set<String> committedFiles() throws IOException {
        try (Stream<Path> files = Files.list(ICONS)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String fileName(int size) {
        return Path.of(AppIcon.resource(size)).getFileName().toString();
    }

    private static BufferedImage read(Path folder, int size) throws IOException {
        Path file = folder.resolve(fileName(size));
        assertTrue(Files.isRegularFile(file), file + " exists");
        return ImageIO.read(file.toFile());
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    private static double share(BufferedImage image, java.util.function.IntPredicate colour) {
        int matching = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if (argb >>> 24 == 255 && colour.test(argb & 0xffffff)) {
                    matching++;
                }
            }
        }
        return matching / (double) (image.getWidth() * image.getHeight());
    }

    private static boolean isAccent(int rgb) {
        return close(rgb, ACCENT);
    }

    /** The figure: white and the moving leg's light orange, each channel well above the green's. */
    private static boolean isLight(int rgb) {
        return ((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) > 160 && (rgb & 0xff) > 110;
    }

    /** Within 3 per channel: another librsvg may round an edge pixel differently. */
    private static boolean close(int a, int b) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
