package app.kneecoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stylesheet parses without an error: JavaFX only logs a broken rule and drops it, so the window would
 * quietly lose its styling from there on (a selector cut in two by a merge once did).
 */
class StylesheetsParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"app.css", "figures.css"})
    void parsesWithoutErrors(String name) throws IOException {
        URL url = StylesheetsParseTest.class.getResource(name);
        assertNotNull(url, name);
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(url);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        CssParser.errorsProperty().clear();
        assertEquals(List.of(), errors);
        assertNotNull(sheet);
    }
}
