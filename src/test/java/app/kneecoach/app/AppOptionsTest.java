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
        System.clearProperty(AppOptions.DATA_DIR_PROPERTY);
    }

    @Test
    void noArgumentsMeansTheBundledCatalog() {
        assertEquals(new AppOptions(Optional.empty(), Optional.empty()), AppOptions.parse(List.of()));
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

    @Test
    void dataDirArgumentAndProperty() {
        assertEquals(Optional.of(Path.of("/tmp/kc")), AppOptions.parse(List.of("--data-dir", "/tmp/kc")).dataDir());
        assertEquals(Optional.of(Path.of("/tmp/kc2")),
                AppOptions.parse(List.of("--catalog", "a.json", "--data-dir=/tmp/kc2")).dataDir());
        System.setProperty(AppOptions.DATA_DIR_PROPERTY, "/tmp/prop");
        assertEquals(Optional.of(Path.of("/tmp/prop")), AppOptions.parse(List.of()).dataDir());
    }
}
