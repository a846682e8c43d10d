package app.kneecoach.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.json.FileProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Side words in the catalog: marked, validated where they are written, and turned for the left leg. */
class SidedTextTest {

    @Test
    void readsAsTheArticleWritesItOrMirroredForTheLeftLeg() {
        SidedText hands = new SidedText("Hold the strap: {side} hand higher, {otherSide} hand lower.");
        assertEquals("Hold the strap: right hand higher, left hand lower.", hands.asWritten());
        assertEquals("Hold the strap: left hand higher, right hand lower.", hands.mirrored());
        assertTrue(hands.namesASide());
    }

    @Test
    void plainWordsStayAsTheyAreOnEitherLeg() {
        SidedText plain = new SidedText("Switch legs, alternating left and right.");
        assertEquals(plain.template(), plain.asWritten());
        assertEquals(plain.template(), plain.mirrored());
        assertFalse(plain.namesASide());
    }

    @Test
    void namesAnUnknownMarkAndALoneBrace() {
        assertEquals(List.of("unknown side word \"{leg}\" at character 10; use {side} or {otherSide}"),
                SidedText.problems("Lift the {leg} leg."));
        assertEquals(List.of("has a \"{\" outside a side word such as {side}"), SidedText.problems("Lift the {side leg."));
        assertEquals(List.of("has a \"}\" outside a side word such as {side}"), SidedText.problems("Lift the side} leg."));
        assertEquals(List.of(), SidedText.problems("Lift the {side} leg, then the {otherSide} one."));
        assertThrows(IllegalArgumentException.class, () -> new SidedText("Lift the {Side} leg."));
    }

    @Test
    void theLoaderReadsMarkedStepsAndStartPositions() {
        var root = CatalogFixtures.minimal();
        CatalogFixtures.set(root, "/exercises/0/startPosition", "Lie on your back, the strap under the {side} foot.");
        CatalogFixtures.set(root, "/exercises/0/steps/1", "Let the {side} leg fall outward, the {otherSide} one still.");
        var loaded = assertInstanceOf(CatalogLoadResult.Loaded.class, parse(CatalogFixtures.pretty(root)));
        Exercise hold = loaded.catalog().exercise("test-hold").orElseThrow();
        assertEquals("Lie on your back, the strap under the left foot.", hold.startPosition().mirrored());
        assertEquals(List.of("Loop the strap.", "Let the right leg fall outward, the left one still."),
                hold.writtenSteps());
    }

    @Test
    void anUnknownSideWordIsAProblemAtItsLineAndColumn() {
        var root = CatalogFixtures.minimal();
        CatalogFixtures.set(root, "/exercises/0/steps/1", "Let the {leg} leg fall outward.");
        String text = CatalogFixtures.pretty(root);
        var failed = assertInstanceOf(CatalogLoadResult.Failed.class, parse(text));

        assertEquals(1, failed.problems().size(), failed.problems().toString());
        FileProblem problem = failed.problems().get(0);
        assertEquals("exercises[0].steps[1]", problem.path());
        assertTrue(problem.message().contains("unknown side word \"{leg}\""), problem.message());
        String[] lines = text.split("\n", -1);
        assertEquals(lines[problem.line() - 1].indexOf("\"Let the {leg}") + 1, problem.column(),
                "the column of the text: " + lines[problem.line() - 1]);
        assertTrue(problem.toString().startsWith("test.json, exercises[0].steps[1] (line " + problem.line()),
                problem.toString());
    }

    @Test
    void aLoneBraceInTheStartPositionIsAProblem() {
        var root = CatalogFixtures.minimal();
        CatalogFixtures.set(root, "/exercises/0/startPosition", "Lie on the {side back.");
        var failed = assertInstanceOf(CatalogLoadResult.Failed.class, parse(CatalogFixtures.pretty(root)));
        assertEquals(List.of("exercises[0].startPosition"), failed.problems().stream().map(FileProblem::path).toList());
        assertTrue(failed.problems().get(0).message().contains("\"{\" outside a side word"));
    }

    /** With both legs together, or taking turns rep by rep, there is no one leg for "{side}" to name. */
    @Test
    void sideWordsBelongOnlyToExercisesDoneOnEachSideInTurn() {
        var root = CatalogFixtures.minimal();
        CatalogFixtures.set(root, "/exercises/1/startPosition", "Lie on your back, the {side} knee bent.");
        CatalogFixtures.set(root, "/exercises/1/steps/0", "Lift the {otherSide} hip.");
        var failed = assertInstanceOf(CatalogLoadResult.Failed.class, parse(CatalogFixtures.pretty(root)));
        assertEquals(List.of("exercises[1].startPosition", "exercises[1].steps[0]"),
                failed.problems().stream().map(FileProblem::path).toList());
        assertTrue(failed.problems().get(1).message().contains("only a dosage with \"sides\": \"each\" has; this one is "
                + "\"both\""), failed.problems().get(1).message());
    }

    private static CatalogLoadResult parse(String text) {
        return CatalogLoader.parse("test.json", text.getBytes(StandardCharsets.UTF_8));
    }
}
