package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.ui.testing.WindowTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A broken catalog file opens an error view listing its problems; the app stays usable. */
class CatalogErrorViewTest extends WindowTest {
    private static final String BROKEN = """
            { "schemaVersion": 1,
              "exercises": [ { "id": "Bad Id", "name": 7 } ] }
            """;
    private Path file;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempFile("broken-catalog", ".json");
        Files.writeString(file, BROKEN);
        MainWindow.show(stage, CatalogLoader.load(file), TestServices.quiet());
    }

    @Test
    void listsEveryProblemWithFileFieldAndLine(FxRobot robot) throws IOException {
        assertEquals("The exercise catalog could not be loaded", robot.lookup(".error-title").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        ListView<CatalogErrorViewModel.Problem> problems = robot.lookup(".problem-list").queryAs(ListView.class);
        assertTrue(problems.getItems().size() >= 5, problems.getItems().toString());
        assertTrue(problems.getItems().stream().anyMatch(p -> p.message().contains("must be text")
                && p.where().startsWith(file + ", exercises[0].name (line 2,")));
        assertTrue(problems.getItems().stream().anyMatch(p -> p.where().matches(".*, source( \\(line.*)?")
                && p.message().equals("is missing")));
        assertTrue(robot.lookup(".problem-where").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith(file.toString())));
        assertEquals(BROKEN, Files.readString(file), "the broken file is kept as it was");
    }

    @Test
    void canSwitchToTheBuiltInCatalog(FxRobot robot) {
        robot.clickOn("Open the built-in catalog");
        assertTrue(robot.lookup("#exerciseList").tryQuery().isPresent());
        assertTrue(robot.lookup("#detail-name").tryQuery().isPresent());
    }
}
