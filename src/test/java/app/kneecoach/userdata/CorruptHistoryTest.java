package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile history files: each is reported with the file and field, kept byte for byte
 * under a new name, and the sessions that could be read are kept; opening never throws.
 */
class CorruptHistoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ALL = 3;
    @TempDir
    Path dir;

    static Stream<Arguments> damage() {
        return Stream.of(
                // Cut short (a full disk): the sessions before the cut are whole and kept, the one cut is not.
                raw("truncated half way", text -> text.substring(0, text.length() / 2), "not valid JSON", 1),
                raw("empty file", text -> "", "not valid JSON", 0),
                raw("not JSON at all", text -> "Knee Coach history, please do not edit", "not valid JSON", 0),
                raw("a list at the top", text -> "[" + text + "]", "must be an object", 0),
                raw("NUL bytes", text -> text.replace("\"sessions\"", "\"ses\u0000sions\""), "", 0),
                raw("deep nesting", text -> "[".repeat(5000) + "]".repeat(5000), "not valid JSON", 0),
                raw("a field given twice", text -> text.replaceFirst("\"schemaVersion\" : 1",
                        "\"schemaVersion\" : 1, \"schemaVersion\" : 1"), "given twice", 3),
                raw("huge number", text -> text.replaceFirst("\"target\" : 30", "\"target\" : 1" + "0".repeat(40)),
                        "not valid JSON", 0),
                tree("schema version missing", root -> root.remove("schemaVersion"), "schemaVersion", 0),
                tree("schema version from the future", root -> root.put("schemaVersion", 2), "newer Knee Coach", 0),
                tree("schema version as text", root -> root.put("schemaVersion", "1"), "schemaVersion", 0),
                tree("sessions not a list", root -> root.put("sessions", "many"), "sessions", 0),
                tree("bad start time", root -> session(root, 0).put("startedAt", "yesterday"), "sessions[0].startedAt", 2),
                tree("ended before it started", root -> session(root, 1).put("endedAt", "2020-01-01T00:00:00Z"),
                        "sessions[1].endedAt", 2),
                // A bad optional value is dropped and reported; the session around it is kept.
                tree("pain of 11", root -> session(root, 0).put("painBefore", 11), "sessions[0].painBefore", 3),
                tree("negative pain", root -> session(root, 1).put("painAfter", -1), "sessions[1].painAfter", 3),
                tree("pain as text", root -> session(root, 0).put("painBefore", "5"), "sessions[0].painBefore", 3),
                tree("unknown status", root -> session(root, 2).put("status", "paused"), "sessions[2].status", 2),
                tree("exercises not a list", root -> session(root, 0).put("exercises", 3), "sessions[0].exercises", 2),
                tree("complete as text", root -> set(root).put("complete", "yes"),
                        "sessions[0].exercises[0].sides[0].sets[0].complete", 2),
                tree("an enormous achievement", root -> set(root).put("achieved", Integer.MAX_VALUE),
                        "sessions[0].exercises[0].sides[0].sets[0].achieved", 2),
                tree("a side called middle", root -> ((ObjectNode) exercise(root).withArray("sides").get(0))
                        .put("side", "middle"), "sessions[0].exercises[0].sides[0].side", 2),
                tree("sets missing", root -> ((ObjectNode) exercise(root).withArray("sides").get(0)).remove("sets"),
                        "sessions[0].exercises[0].sides[0].sets", 2),
                tree("an unknown field", root -> session(root, 1).put("mood", "fine"), "sessions[1].mood", 3),
                tree("a note of a million characters", root -> session(root, 0).put("noteBefore", "a".repeat(1_000_000)),
                        "sessions[0].noteBefore", 3),
                tree("tempo of zero", root -> ((ObjectNode) exercise(root).get("choice")).put("liftMillis", 0),
                        "sessions[0].exercises[0].choice.liftMillis", 2),
                tree("an id that is a number", root -> session(root, 2).put("id", 7), "sessions[2].id", 2),
                bytes("Latin-1 instead of UTF-8", text -> text.replace("\u201cmorning\u201d", "caf\u00e9")
                        .getBytes(StandardCharsets.ISO_8859_1), "not valid JSON", 0),
                raw("a byte order mark inside a name", text -> text.replace("\"sessions\"", "\"\uFEFFsessions\""),
                        "sessions", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void isReportedKeptAsideAndTheReadableSessionsAreImported(String name, UnaryOperator<byte[]> mutation,
                                                              String expected, int kept) throws IOException {
        Histories.writeOldHistory(dir, new History(java.util.List.of(Sessions.full(0, 3, 2), Sessions.full(1, 4, 3),
                Sessions.bare(2))));
        Path file = dir.resolve(JsonImport.HISTORY_FILE);
        byte[] damaged = mutation.apply(Files.readAllBytes(file));
        Files.write(file, damaged);

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(1, opened.notices().size(), name);
        StoreNotice notice = opened.notices().get(0);
        String problems = notice.problems().toString();
        assertTrue(problems.contains(JsonImport.HISTORY_FILE), problems);
        assertTrue(problems.contains(expected), "expected \"" + expected + "\" in " + problems);
        assertArrayEquals(damaged, Files.readAllBytes(notice.keptAs().orElseThrow()), "the damaged file is kept as it was");
        assertEquals(kept, Histories.all(opened.store()).size(), problems);
        assertEquals(kept, notice.kept());
        assertEquals(kept, Histories.reopened(dir, HistoryStoreTest.CLOCK).size(),
                "what could be read is there on the next start too");
        assertTrue(Files.notExists(file), "imported once, not again at every start");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void aDamagedInProgressFileIsKeptAsideAndNotOffered(String name, UnaryOperator<byte[]> mutation, String expected,
                                                        int kept) throws IOException {
        Histories.writeOldInProgress(dir, Sessions.full(0, 3, 2));
        Path file = dir.resolve(JsonImport.IN_PROGRESS_FILE);
        byte[] damaged = mutation.apply(Files.readAllBytes(file));
        Files.write(file, damaged);

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        if (opened.notices().isEmpty()) {
            // Some damage is aimed at the history layout (e.g. sessions[1]) and leaves this file valid.
            assertTrue(opened.store().interrupted().isPresent(), name);
            return;
        }
        assertTrue(opened.store().interrupted().isEmpty(), name);
        assertArrayEquals(damaged, Files.readAllBytes(opened.notices().get(0).keptAs().orElseThrow()));
    }

    private static Arguments raw(String name, UnaryOperator<String> change, String expected, int kept) {
        return Arguments.of(name, (UnaryOperator<byte[]>) bytes -> change.apply(new String(bytes, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8), expected, kept);
    }

    private static Arguments bytes(String name, java.util.function.Function<String, byte[]> change, String expected,
                                   int kept) {
        return Arguments.of(name, (UnaryOperator<byte[]>) bytes -> change.apply(new String(bytes, StandardCharsets.UTF_8)),
                expected, kept);
    }

    private static Arguments tree(String name, java.util.function.Consumer<ObjectNode> change, String expected, int kept) {
        return Arguments.of(name, (UnaryOperator<byte[]>) bytes -> {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(bytes);
                change.accept(root);
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, expected, kept);
    }

    /** Session {@code index} of a history file, or the session of an in-progress file. */
    private static ObjectNode session(ObjectNode root, int index) {
        JsonNode sessions = root.get("sessions");
        if (sessions instanceof ArrayNode list) {
            return (ObjectNode) list.get(index);
        }
        return (ObjectNode) root.at(JsonPointer.compile("/session"));
    }

    private static ObjectNode exercise(ObjectNode root) {
        return (ObjectNode) session(root, 0).withArray("exercises").get(0);
    }

    private static ObjectNode set(ObjectNode root) {
        return (ObjectNode) ((ObjectNode) exercise(root).withArray("sides").get(0)).withArray("sets").get(0);
    }
}
