package app.kneecoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
