package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.ui.testing.WindowTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends WindowTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    @Start
    void start(Stage stage) {
        MainWindow.show(stage, CatalogLoader.loadBundled(), TestServices.quiet());
    }

    @Test
    void startsOnTheExerciseListWithTheFirstExerciseShown(FxRobot robot) {
        assertEquals("Knee Coach", ((Stage) robot.window(0)).getTitle());
        assertTrue(robot.lookup("#exercisesNav").queryAs(ToggleButton.class).isSelected());
        assertEquals(CATALOG.exercises().get(0).name(), label(robot, "#detail-name"));
    }

    @Test
    void theWindowCarriesTheAppIconAtTheSizesJavaFxChoosesFrom(FxRobot robot) {
        List<Image> icons = ((Stage) robot.window(0)).getIcons();
        assertEquals(List.of(16, 24, 32, 48, 64, 128), icons.stream().map(icon -> (int) icon.getWidth()).toList());
        assertTrue(icons.stream().noneMatch(Image::isError));
    }

    @Test
    void listsTheNineExercisesGroupedByCategory(FxRobot robot) {
        ListView<Exercise> list = exerciseList(robot);
        List<String> ids = list.getItems().stream().map(Exercise::id).toList();
        assertEquals(List.of("inner-thigh-stretch", "supine-hamstring-stretch", "side-lunge-stretch",
                "seated-butterfly-stretch", "seated-straight-leg-raise", "bridge", "lateral-leg-raise", "step-ups",
                "double-knee-to-chest"), ids);
        robot.interact(() -> list.scrollTo(0));
        Set<String> captions = visibleCaptions(robot);
        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        captions.addAll(visibleCaptions(robot));
        assertEquals(Set.of("STRETCHES", "STRENGTHENING", "CORE"), captions);
    }

    @Test
    void searchFiltersTheListAndSaysWhenNothingMatches(FxRobot robot) {
        robot.clickOn("#search").write("bridge");
        assertEquals(List.of("bridge"), exerciseList(robot).getItems().stream().map(Exercise::id).toList());

        robot.write(" zzz");
        assertTrue(exerciseList(robot).getItems().isEmpty());
        Node noMatch = robot.lookup("#noMatch").query();
        assertTrue(noMatch.isVisible());
        assertTrue(((Label) noMatch).getText().contains("bridge zzz"));

        robot.eraseText(4);
        assertFalse(noMatch.isVisible());
        assertEquals(1, exerciseList(robot).getItems().size());
    }

    @Test
    void enterInTheSearchBoxOpensTheFirstMatch(FxRobot robot) {
        robot.clickOn("#search").write("step").type(KeyCode.ENTER);
        assertEquals(CATALOG.exercise("step-ups").orElseThrow().name(), label(robot, "#detail-name"));
        assertTrue(exerciseList(robot).isFocused());
    }

    @Test
    void clickingAnExerciseShowsItsDosageAndNumberedSteps(FxRobot robot) {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        robot.clickOn(bridge.name());
        assertEquals(bridge.name(), label(robot, "#detail-name"));
        assertEquals("10–15 reps · hold 2–5 s at the top · up to 3 sets · both legs together",
                label(robot, "#detail-dosage").replace('\u2002', ' '));
        List<String> texts = robot.lookup(".list-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(texts.containsAll(bridge.writtenSteps()), "every step shown: " + texts);
        List<String> markers = robot.lookup(".list-marker").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(markers.containsAll(List.of("1.", "2.")), markers.toString());
    }

    @Test
    void keyboardAloneMovesThroughTheList(FxRobot robot) {
        robot.clickOn("#search");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertEquals(CATALOG.exercises().get(1).name(), label(robot, "#detail-name"));
    }

    @Test
    void avoidViewListsEveryItemWithItsReason(FxRobot robot) {
        robot.clickOn("#avoidNav");
        List<Node> cards = List.copyOf(robot.lookup(".avoid-card").queryAll());
        assertEquals(CATALOG.avoidList().size(), cards.size());
        assertEquals(6, cards.size());
        Set<String> shown = robot.lookup(".avoid-card .h2").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toSet());
        CATALOG.avoidList().forEach(item -> assertTrue(shown.contains(item.title()), item.title()));
        Set<String> reasons = robot.lookup(".avoid-reason").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toSet());
        CATALOG.avoidList().forEach(item -> assertTrue(reasons.stream().anyMatch(r -> r.endsWith(item.reason())),
                item.reason()));
    }

    @Test
    void shortcutsOpenEachSection(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("#start-routine").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertEquals(CATALOG.aerobicOptions().size(), robot.lookup(".aerobic-card").queryAll().size());
        assertEquals(CATALOG.yogaPoses().size(), robot.lookup(".yoga-card").queryAll().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("#history-week").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("#guidance-see-a-professional").tryQuery().isPresent());
        assertTrue(robot.lookup(".not-advice").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("#exerciseList").tryQuery().isPresent());
    }

    @Test
    void clickingTheSelectedSectionKeepsItOpen(FxRobot robot) {
        robot.clickOn("#exercisesNav");
        assertTrue(robot.lookup("#exercisesNav").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#exerciseList").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static ListView<Exercise> exerciseList(FxRobot robot) {
        return robot.lookup("#exerciseList").queryAs(ListView.class);
    }

    private static Set<String> visibleCaptions(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".category-caption").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).collect(Collectors.toSet());
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
