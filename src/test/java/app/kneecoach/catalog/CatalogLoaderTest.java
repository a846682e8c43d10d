package app.kneecoach.catalog;

import app.kneecoach.json.FileProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    @Test
    void readsEveryFieldOfAValidCatalog() throws IOException {
        Catalog catalog = loaded(CatalogFixtures.minimalText());

        assertEquals(1, catalog.schemaVersion());
        assertEquals("Tester", catalog.source().author());
        Exercise hold = catalog.exercise("test-hold").orElseThrow();
        assertEquals(Category.STRETCH, hold.category());
        assertEquals(Dosage.hold(Range.atLeast(30), Range.between(2, 3), Sides.EACH_SIDE), hold.dosage());
        assertEquals(2, hold.steps().size());
        Exercise reps = catalog.exercise("test-reps").orElseThrow();
        assertEquals(DosageMode.REPS, reps.dosage().mode());
        assertEquals(Range.between(10, 15), reps.dosage().reps().orElseThrow());
        assertEquals(Optional.of(Range.between(2, 5)), reps.dosage().topHoldSeconds());
        assertEquals(Range.between(1, 3), reps.dosage().sets());
        assertEquals(Sides.BOTH_TOGETHER, reps.dosage().sides());
        assertEquals(Optional.of("if tolerated"), reps.dosage().note());
        assertEquals("Ball squeeze", reps.progressions().get(0).name());
        assertEquals("walking", catalog.aerobicOptions().get(0).id());
        assertEquals("cat-cow", catalog.yogaPoses().get(0).id());
        assertEquals("high-impact", catalog.avoidList().get(0).id());
        assertEquals("see-a-professional", catalog.guidance().get(0).id());
        assertEquals(1, catalog.exercisesIn(Category.STRENGTHENING).size());
    }

    @Test
    void reportsEveryProblemAtOnceWithLineAndColumn() throws IOException {
        var root = CatalogFixtures.minimal();
        CatalogFixtures.set(root, "/exercises/0/name", null);
        CatalogFixtures.set(root, "/exercises/1/dosage/sets/min", 0);
        var failed = failed(CatalogFixtures.pretty(root));

        assertEquals(2, failed.problems().size(), failed.problems().toString());
        FileProblem missingName = failed.problems().get(0);
        assertEquals("exercises[0].name", missingName.path());
        assertTrue(missingName.line() > 1, "line of the enclosing exercise");
        FileProblem badSets = failed.problems().get(1);
        assertEquals("exercises[1].dosage.sets.min", badSets.path());
        assertEquals(lineOf(CatalogFixtures.pretty(root), "\"min\" : 0"), badSets.line());
        assertTrue(badSets.toString().startsWith("test.json, exercises[1].dosage.sets.min (line "), badSets.toString());
    }

    @Test
    void loadsFromAFileAndNamesTheFileInProblems(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.json");
        Files.writeString(good, CatalogFixtures.minimalText());
        assertInstanceOf(CatalogLoadResult.Loaded.class, CatalogLoader.load(good));

        Path missing = dir.resolve("nope.json");
        var failed = assertInstanceOf(CatalogLoadResult.Failed.class, CatalogLoader.load(missing));
        assertTrue(failed.problems().get(0).toString().contains("nope.json"));
        assertTrue(failed.problems().get(0).message().contains("does not exist"));
    }

    @Test
    void leavesTheFileItReadUntouched(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        byte[] content = "{ \"schemaVersion\": 1, ".getBytes(StandardCharsets.UTF_8);
        Files.write(broken, content);
        assertInstanceOf(CatalogLoadResult.Failed.class, CatalogLoader.load(broken));
        assertEquals(new String(content, StandardCharsets.UTF_8), Files.readString(broken));
    }

    @Test
    void refusesAFolder(@TempDir Path dir) {
        var failed = assertInstanceOf(CatalogLoadResult.Failed.class, CatalogLoader.load(dir));
        assertEquals(dir.toString(), failed.file());
        assertEquals("is a folder, not a catalog file", failed.problems().get(0).message());
    }

    @Test
    void acceptsAFileOfExactlyTheLargestSizeAndRefusesOneByteMore(@TempDir Path dir) throws IOException {
        String text = CatalogFixtures.minimalText();
        Path largest = dir.resolve("largest.json");
        Files.writeString(largest, text + " ".repeat((int) CatalogLoader.MAX_BYTES - text.length()));
        assertEquals(CatalogLoader.MAX_BYTES, Files.size(largest));
        assertInstanceOf(CatalogLoadResult.Loaded.class, CatalogLoader.load(largest));

        Path tooLarge = dir.resolve("too-large.json");
        Files.writeString(tooLarge, text + " ".repeat((int) CatalogLoader.MAX_BYTES - text.length() + 1));
        var failed = assertInstanceOf(CatalogLoadResult.Failed.class, CatalogLoader.load(tooLarge));
        assertEquals("is 2048 KB; a catalog may be at most 2048 KB", failed.problems().get(0).message());

        Files.writeString(tooLarge, text + " ".repeat(3 * 1024 * 1024 - text.length()));
        failed = assertInstanceOf(CatalogLoadResult.Failed.class, CatalogLoader.load(tooLarge));
        assertEquals("is 3072 KB; a catalog may be at most 2048 KB", failed.problems().get(0).message());
    }

    @Test
    void aPathItCannotReadComesBackAsAProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, CatalogFixtures.minimalText());
        Path throughAFile = file.resolve("inner.json");
        var failed = assertInstanceOf(CatalogLoadResult.Failed.class, CatalogLoader.load(throughAFile));
        assertEquals(throughAFile.toString(), failed.file());
        assertTrue(failed.problems().get(0).message().startsWith("could not be read: "), failed.toString());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("not found: " + needle);
    }

    private static Catalog loaded(String text) {
        var result = CatalogLoader.parse("test.json", text.getBytes(StandardCharsets.UTF_8));
        return assertInstanceOf(CatalogLoadResult.Loaded.class, result, result.toString()).catalog();
    }

    private static CatalogLoadResult.Failed failed(String text) {
        var result = CatalogLoader.parse("test.json", text.getBytes(StandardCharsets.UTF_8));
        return assertInstanceOf(CatalogLoadResult.Failed.class, result);
    }
}
