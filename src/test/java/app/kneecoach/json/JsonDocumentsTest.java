package app.kneecoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDocumentsTest {

    @Test
    void syntaxErrorsReadPlainlyWithTheirLineAndColumn() {
        var bad = (JsonDocuments.Bad) JsonDocuments.parse("bad.json",
                "{\"schemaVersion\": 1, \"exercises\": [}".getBytes(StandardCharsets.UTF_8), 1024);
        FileProblem problem = bad.problems().get(0);
        assertEquals("is not valid JSON: Unexpected close marker '}': expected ']'", problem.message());
        assertEquals(1, problem.line());
        assertFalse(problem.toString().contains("Source"), problem.toString());
    }

    @Test
    void aDocumentCutShortGivesTheWholeRecordsBeforeTheCutAndDropsTheOneCut() {
        String whole = """
                {"schemaVersion": 1, "routines": [
                  {"id": "a", "name": "Whole", "items": [{"exercise": "bridge"}], "size": 1.5, "on": true},
                  {"id": "b", "name": "Cut", "items": [{"exercise": "bridge"}, {"exercise": "step""";
        JsonNode part = JsonDocuments.salvage(whole.getBytes(StandardCharsets.UTF_8), 1024).orElseThrow();
        assertEquals(1, part.get("schemaVersion").intValue());
        assertEquals(1, part.get("routines").size(), "the unfinished routine is left out, not kept half");
        JsonNode first = part.get("routines").get(0);
        assertEquals("Whole", first.get("name").textValue());
        assertEquals(1.5, first.get("size").doubleValue());
        assertTrue(first.get("on").booleanValue());
        assertEquals("bridge", first.get("items").get(0).get("exercise").textValue());
    }

    @Test
    void nothingReadableIsNothing() {
        assertTrue(JsonDocuments.salvage("garbage".getBytes(StandardCharsets.UTF_8), 1024).isEmpty());
        assertTrue(JsonDocuments.salvage("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), 4).isEmpty(), "over the limit");
    }
}
