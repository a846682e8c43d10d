package app.kneecoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(AppOptions.CATALOG_PROPERTY);
    }

    @Test
    void noArgumentsMeansTheBundledCatalog() {
        assertEquals(Optional.empty(), AppOptions.parse(List.of()).catalog());
    }

    @Test
    void catalogArgumentInBothSpellings() {
        assertEquals(Optional.of(Path.of("a.json")), AppOptions.parse(List.of("--catalog", "a.json")).catalog());
        assertEquals(Optional.of(Path.of("b.json")), AppOptions.parse(List.of("--catalog=b.json")).catalog());
    }

    @Test
    void systemPropertyWorksAndTheArgumentWins() {
        System.setProperty(AppOptions.CATALOG_PROPERTY, "prop.json");
        assertEquals(Optional.of(Path.of("prop.json")), AppOptions.parse(List.of()).catalog());
        assertEquals(Optional.of(Path.of("arg.json")), AppOptions.parse(List.of("--catalog", "arg.json")).catalog());
    }
}
