package app.kneecoach.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken catalog must come back as a clear problem naming the field, never as an exception. */
class MalformedCatalogTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralMutations")
    void reportsTheBrokenField(String description, Consumer<ObjectNode> mutation, String path, String message) {
        ObjectNode root = CatalogFixtures.minimal();
        mutation.accept(root);
        assertProblem(CatalogFixtures.pretty(root).getBytes(StandardCharsets.UTF_8), path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawInputs")
    void reportsUnreadableFiles(String description, byte[] content, String path, String message) {
        assertProblem(content, path, message);
    }

    private static void assertProblem(byte[] content, String path, String message) {
        CatalogLoadResult result = CatalogLoader.parse("broken.json", content);
        var failed = assertInstanceOf(CatalogLoadResult.Failed.class, result);
        assertEquals("broken.json", failed.file());
        assertTrue(failed.problems().stream().anyMatch(p -> p.path().equals(path) && p.message().contains(message)),
                () -> "expected a problem at '" + path + "' saying '" + message + "', got " + failed.problems());
        failed.problems().forEach(p -> assertTrue(p.toString().startsWith("broken.json"), p.toString()));
    }

    private static Arguments change(String description, String pointer, Object value, String path, String message) {
        return Arguments.of(description, (Consumer<ObjectNode>) root -> CatalogFixtures.set(root, pointer, value), path,
                message);
    }

    static Stream<Arguments> structuralMutations() {
        return Stream.of(
                change("missing exercise name", "/exercises/0/name", null, "exercises[0].name", "is missing"),
                change("null steps", "/exercises/0/steps", com.fasterxml.jackson.databind.node.NullNode.instance,
                        "exercises[0].steps", "must not be null"),
                change("name is a number", "/exercises/0/name", 42, "exercises[0].name", "must be text"),
                change("blank name", "/exercises/0/name", "   ", "exercises[0].name", "must not be blank"),
                change("steps is text", "/exercises/0/steps", "Lie down", "exercises[0].steps", "must be a list"),
                change("empty steps", "/exercises/0/steps", List.of(), "exercises[0].steps", "must not be empty"),
                change("step is a number", "/exercises/0/steps/1", 7, "exercises[0].steps[1]", "must be text"),
                change("unknown category", "/exercises/0/category", "cardio", "exercises[0].category", "must be one of"),
                change("unknown dosage mode", "/exercises/0/dosage/mode", "sprint", "exercises[0].dosage.mode",
                        "must be one of"),
                change("unknown sides", "/exercises/0/dosage/sides", "left", "exercises[0].dosage.sides", "must be one of"),
                change("sides misspelt", "/exercises/1/dosage/sides", "alternate", "exercises[1].dosage.sides",
                        "must be one of [each, both, alternating]; found \"alternate\""),
                change("alternating legs in a hold", "/exercises/0/dosage/sides", "alternating",
                        "exercises[0].dosage.sides",
                        "\"alternating\" takes turns rep by rep, so it needs a \"reps\" dosage"),
                change("negative hold seconds", "/exercises/0/dosage/holdSeconds/min", -30,
                        "exercises[0].dosage.holdSeconds.min", "must be between 1 and 3600"),
                change("zero sets", "/exercises/1/dosage/sets/min", 0, "exercises[1].dosage.sets.min", "must be between 1"),
                change("min above max", "/exercises/1/dosage/reps/min", 20, "exercises[1].dosage.reps.max",
                        "must not be below min (20)"),
                change("fractional reps", "/exercises/1/dosage/reps/max", 12.5, "exercises[1].dosage.reps.max",
                        "must be a whole number"),
                change("seconds as text", "/exercises/0/dosage/holdSeconds/min", "30", "exercises[0].dosage.holdSeconds.min",
                        "must be a whole number, found text \"30\""),
                change("huge number", "/exercises/0/dosage/holdSeconds/min", 99999999999L,
                        "exercises[0].dosage.holdSeconds.min", "must be between"),
                change("orMore is text", "/exercises/0/dosage/holdSeconds/orMore", "yes",
                        "exercises[0].dosage.holdSeconds.orMore", "must be true or false"),
                change("hold without holdSeconds", "/exercises/0/dosage/holdSeconds", null,
                        "exercises[0].dosage.holdSeconds", "is missing"),
                change("reps field on a hold", "/exercises/0/dosage/reps", Map.of("min", 10),
                        "exercises[0].dosage.reps", "does not belong in a \"hold\" dosage"),
                change("top hold on a hold", "/exercises/0/dosage/topHoldSeconds", Map.of("min", 2),
                        "exercises[0].dosage.topHoldSeconds", "does not belong"),
                change("movement on a hold", "/exercises/0/dosage/movement", "step",
                        "exercises[0].dosage.movement", "does not belong in a \"hold\" dosage"),
                change("movement misspelt", "/exercises/1/dosage/movement", "steps", "exercises[1].dosage.movement",
                        "must be one of [lift, step]; found \"steps\""),
                change("dosage is a list", "/exercises/0/dosage", List.of(1, 2), "exercises[0].dosage", "must be an object"),
                change("duplicate exercise id", "/exercises/1/id", "test-hold", "exercises[1].id",
                        "already used by exercises[0]"),
                change("id with spaces", "/exercises/0/id", "Test Hold", "exercises[0].id", "lower-case words"),
                change("misspelt field", "/exercises/0/stpes", List.of("x"), "exercises[0].stpes", "unknown field"),
                change("no exercises", "/exercises", List.of(), "exercises", "must not be empty"),
                change("exercise is text", "/exercises/1", "bridge", "exercises[1]", "must be an object"),
                change("future schema version", "/schemaVersion", 2, "schemaVersion", "reads schema version 1, found 2"),
                change("missing schema version", "/schemaVersion", null, "schemaVersion", "is missing"),
                change("missing avoid list", "/avoid/items", null, "avoid.items", "is missing"),
                change("avoid item without reason", "/avoid/items/0/reason", null, "avoid.items[0].reason", "is missing"),
                change("duplicate yoga pose", "/yoga/poses/1", Map.of("id", "cat-cow", "name", "Again", "description", "x"),
                        "yoga.poses[1].id", "already used"),
                change("yoga pose steps as text", "/yoga/poses/0/steps", "Kneel.", "yoga.poses[0].steps",
                        "must be a list"),
                change("yoga pose step blank", "/yoga/poses/0/steps", List.of("Kneel.", " "), "yoga.poses[0].steps[1]",
                        "must not be blank"),
                change("yoga pose caution a number", "/yoga/poses/0/cautions", List.of(3), "yoga.poses[0].cautions[0]",
                        "must be text"),
                change("aerobic without choices", "/aerobicOptions/0/choices", List.of(), "aerobicOptions[0].choices",
                        "must not be empty"),
                change("guidance point blank", "/guidance/0/points/0", "", "guidance[0].points[0]", "must not be blank"),
                change("variation without description", "/exercises/1/progressions/0/description", null,
                        "exercises[1].progressions[0].description", "is missing"),
                change("source missing", "/source", null, "source", "is missing"),
                change("missing exercise id", "/exercises/1/id", null, "exercises[1].id", "is missing"),
                change("routine names an unknown exercise", "/routines", List.of(routine(Map.of("exercise", "nope"))),
                        "routines[0].items[0].exercise", "no exercise has the id \"nope\""),
                change("routine variation that does not exist", "/routines",
                        List.of(routine(Map.of("exercise", "test-reps", "variation", "Flying"))),
                        "routines[0].items[0]", "is not a variation of test-reps"),
                change("routine dose outside the range", "/routines",
                        List.of(routine(Map.of("exercise", "test-reps", "target", 99))),
                        "routines[0].items[0]", "target 99 is outside the dosage"),
                change("routine sets outside the range", "/routines",
                        List.of(routine(Map.of("exercise", "test-hold", "sets", 9))),
                        "routines[0].items[0]", "sets 9 is outside the dosage"),
                change("routine top hold outside the range", "/routines",
                        List.of(routine(Map.of("exercise", "test-reps", "topHoldSeconds", 6))),
                        "routines[0].items[0]", "top hold 6 s is outside the dosage of test-reps"),
                change("routine top hold where the article gives none", "/routines",
                        List.of(routine(Map.of("exercise", "test-hold", "topHoldSeconds", 2))),
                        "routines[0].items[0]", "top hold 2 s is outside the dosage of test-hold"),
                change("routine top hold of zero", "/routines",
                        List.of(routine(Map.of("exercise", "test-reps", "topHoldSeconds", 0))),
                        "routines[0].items[0].topHoldSeconds", "must be between 1"),
                change("routine with no items", "/routines", List.of(Map.of("id", "r", "name", "R", "items", List.of())),
                        "routines[0].items", "must not be empty"));
    }

    /** Every kind of object in the catalog reports a field it does not know, most often a misspelt one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownFields")
    void reportsAnUnknownFieldInEveryKindOfObject(String description, Consumer<ObjectNode> mutation, String path,
                                                  String message) {
        ObjectNode root = CatalogFixtures.minimal();
        mutation.accept(root);
        assertProblem(CatalogFixtures.pretty(root).getBytes(StandardCharsets.UTF_8), path, message);
    }

    static Stream<Arguments> unknownFields() {
        String unknown = "unknown field";
        return Stream.of(
                change("top level", "/exercize", List.of(), "exercize", unknown + " \"exercize\""),
                change("source", "/source/year", 2020, "source.year", unknown + " \"year\"; expected one of [author, "
                        + "published, title]"),
                change("exercise", "/exercises/0/stpes", List.of("x"), "exercises[0].stpes", unknown),
                change("dosage", "/exercises/0/dosage/rest", 30, "exercises[0].dosage.rest", unknown),
                change("range", "/exercises/1/dosage/sets/step", 1, "exercises[1].dosage.sets.step",
                        unknown + " \"step\"; expected one of [max, min, orMore]"),
                change("variation", "/exercises/1/progressions/0/level", "hard", "exercises[1].progressions[0].level",
                        unknown),
                change("aerobic option", "/aerobicOptions/0/cost", "free", "aerobicOptions[0].cost", unknown),
                change("yoga", "/yoga/outro", "Done.", "yoga.outro", unknown),
                change("yoga pose", "/yoga/poses/0/level", "easy", "yoga.poses[0].level", unknown),
                change("avoid", "/avoid/outro", "Done.", "avoid.outro", unknown),
                change("avoid item", "/avoid/items/0/severity", "high", "avoid.items[0].severity", unknown),
                change("guidance section", "/guidance/0/source", "x", "guidance[0].source", unknown),
                change("routine", "/routines",
                        List.of(Map.of("id", "r", "name", "R", "level", 1, "items", List.of(Map.of("exercise", "test-reps")))),
                        "routines[0].level", unknown),
                change("routine item", "/routines", List.of(routine(Map.of("exercise", "test-reps", "reps", 12))),
                        "routines[0].items[0].reps", unknown + " \"reps\"; expected one of [exercise, sets, target, "
                        + "topHoldSeconds, variation]"));
    }

    private static Map<String, Object> routine(Map<String, Object> item) {
        return Map.of("id", "r", "name", "R", "items", List.of(item));
    }

    static Stream<Arguments> rawInputs() {
        String valid = CatalogFixtures.minimalText();
        return Stream.of(
                Arguments.of("top level is a list", "[1, 2]".getBytes(StandardCharsets.UTF_8), "", "must be an object"),
                Arguments.of("empty file", new byte[0], "", "the file is empty"),
                Arguments.of("truncated", valid.substring(0, valid.length() / 2).getBytes(StandardCharsets.UTF_8), "",
                        "is not valid JSON"),
                Arguments.of("trailing comma", "{ \"schemaVersion\": 1, }".getBytes(StandardCharsets.UTF_8), "",
                        "is not valid JSON"),
                Arguments.of("plain text", "exercises: bridge".getBytes(StandardCharsets.UTF_8), "", "is not valid JSON"),
                Arguments.of("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, "",
                        "is not valid JSON"),
                Arguments.of("two documents", (valid + valid).getBytes(StandardCharsets.UTF_8), "", "unexpected content"),
                Arguments.of("deep nesting", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8), "",
                        "is not valid JSON"),
                Arguments.of("duplicate field", valid.replaceFirst("\"name\": \"Test hold\",",
                        "\"name\": \"Test hold\", \"name\": \"Again\",").getBytes(StandardCharsets.UTF_8),
                        "exercises[0].name", "given twice"),
                Arguments.of("huge file", new byte[(int) CatalogLoader.MAX_BYTES + 1], "", "larger than"));
    }
}
