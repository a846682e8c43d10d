package app.kneecoach.ui.shell;

import app.kneecoach.ui.shell.CatalogErrorViewModel.Problem;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view of a catalog that failed to load, without a window. */
class CatalogErrorViewModelTest {
    private int builtInOpened;

    @Test
    void aBrokenFileIsListedProblemByProblemWithTheBuiltInCatalogOffered() throws Exception {
        Path file = TestServices.freshFolder().resolve("exercises.json");
        Files.writeString(file, """
                { "schemaVersion": 1,
                  "exercises": [ { "id": "Bad Id", "name": 7 } ] }
                """);
        CatalogLoadResult.Failed failed = (CatalogLoadResult.Failed) CatalogLoader.load(file);
        CatalogErrorViewModel error = new CatalogErrorViewModel(failed, () -> builtInOpened++);
        List<Problem> problems = error.problems();
        assertEquals(failed.problems().size(), problems.size());
        assertEquals("Knee Coach found " + problems.size() + " problems in " + file
                + ". The file has not been changed.", error.intro());
        Problem name = problems.stream().filter(p -> p.where().contains("exercises[0].name")).findFirst().orElseThrow();
        assertTrue(name.where().startsWith(file + ", exercises[0].name (line 2, column "), name.where());
        assertTrue(name.message().contains("must be text"), name.message());
        assertEquals(name.where() + ": " + name.message(), name.spoken());
        assertTrue(error.builtInOffered());
        error.openBuiltIn();
        assertEquals(1, builtInOpened);
    }

    @Test
    void whenTheBuiltInCatalogIsWhatFailedNoOtherIsOffered() {
        CatalogLoadResult.Failed failed = (CatalogLoadResult.Failed) CatalogLoader.parse(CatalogLoader.BUNDLED_NAME,
                "{".getBytes(StandardCharsets.UTF_8));
        CatalogErrorViewModel error = new CatalogErrorViewModel(failed, () -> builtInOpened++);
        assertEquals("Knee Coach found one problem in exercises.json. The file has not been changed.", error.intro());
        assertFalse(error.builtInOffered());
        error.openBuiltIn();
        assertEquals(0, builtInOpened);
    }
}
