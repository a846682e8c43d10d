package app.kneecoach.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.SidedText;
import app.kneecoach.catalog.Sides;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every exercise of the real catalog, in the words of each leg: only the side words change. */
class SideWordsTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Pattern SIDE_WORD = Pattern.compile("\\b(right|left)\\b", Pattern.CASE_INSENSITIVE);
    /** The only texts whose "left" and "right" do not follow the leg being worked. */
    private static final List<String> FIXED = List.of("Switch legs, alternating left and right.");

    @Test
    void forTheLeftLegEverySideWordTurnsAndNothingElseChanges() {
        for (Exercise exercise : CATALOG.exercises()) {
            for (SidedText text : texts(exercise)) {
                String right = Side.RIGHT.words(text);
                String left = Side.LEFT.words(text);
                assertFalse(right.contains("{") || left.contains("{"), text.template());
                String expected = FIXED.contains(right) ? right : swapped(right);
                assertEquals(expected, left, exercise.id() + ": the left leg's words");
                assertEquals(right, Side.BOTH.words(text), "no one leg: as written");
            }
        }
    }

    @Test
    void theArticlesSideWordsAreAllMarkedSoNoneIsLeftOver() {
        List<String> plain = new ArrayList<>();
        for (Exercise exercise : CATALOG.exercises()) {
            texts(exercise).stream().map(SidedText::template).filter(t -> SIDE_WORD.matcher(t).find())
                    .forEach(plain::add);
        }
        assertEquals(FIXED, plain, "unmarked left/right: either fixed on purpose or a side word to mark");
    }

    /** The article's wording is kept exactly: the inner thigh stretch as written for the right leg. */
    @Test
    void theInnerThighStretchReadsAsTheArticleForTheRightLegAndTurnsForTheLeft() {
        Exercise stretch = CATALOG.exercise("inner-thigh-stretch").orElseThrow();
        assertEquals(Sides.EACH_SIDE, stretch.dosage().sides());
        assertEquals("On your back, with a stretch strap looped under the sole of the right foot.",
                Side.RIGHT.words(stretch.startPosition()));
        assertEquals("On your back, with a stretch strap looped under the sole of the left foot.",
                Side.LEFT.words(stretch.startPosition()));
        assertEquals(List.of(
                "Raise the right leg so the toes point at the ceiling, keeping that knee fairly straight.",
                "Stop short of a strong pull behind the thigh (the hamstring).",
                "Move your hands along the strap: right hand higher, toward the foot; left hand lower, near the strap's end.",
                "Let the right thigh drop out to the side, away from your body, until you feel the stretch along the inner thigh.",
                "If it helps you balance, let the bent left leg drop out to its side as well.",
                "Hold, then do the left side once you are ready."), stretch.writtenSteps());
        assertEquals(List.of(
                "Raise the left leg so the toes point at the ceiling, keeping that knee fairly straight.",
                "Stop short of a strong pull behind the thigh (the hamstring).",
                "Move your hands along the strap: left hand higher, toward the foot; right hand lower, near the strap's end.",
                "Let the left thigh drop out to the side, away from your body, until you feel the stretch along the inner thigh.",
                "If it helps you balance, let the bent right leg drop out to its side as well.",
                "Hold, then do the right side once you are ready."),
                stretch.steps().stream().map(Side.LEFT::words).toList());
    }

    @Test
    void onlyExercisesDoneOnEachSideInTurnNameALeg() {
        for (Exercise exercise : CATALOG.exercises()) {
            boolean named = texts(exercise).stream().anyMatch(SidedText::namesASide);
            assertTrue(!named || exercise.dosage().sides() == Sides.EACH_SIDE, exercise.id());
        }
    }

    private static List<SidedText> texts(Exercise exercise) {
        return Stream.concat(Stream.of(exercise.startPosition()), exercise.steps().stream()).toList();
    }

    /** Every "right" read as "left" and back, whatever the marks say: what a leg's words must come to. */
    private static String swapped(String text) {
        Matcher word = SIDE_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(out, word.group().equalsIgnoreCase("right") ? "left" : "right");
        }
        word.appendTail(out);
        return out.toString();
    }
}
