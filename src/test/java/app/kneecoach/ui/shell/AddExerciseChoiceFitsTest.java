package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Appearance;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The routine editor's "add an exercise" choice shows whole names, chosen and in its list, at 200 % in 900 x 600. */
class AddExerciseChoiceFitsTest extends FreshWindowsTest {

    @Test
    void theLongestNameIsShownWholeInTheSmallestWindowAtTwiceTheTextSize() throws Exception {
        AppServices services = TestServices.in(dataDir, clock, SoundPlayer.silent());
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(), services));
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
            Appearance.apply(stage.getScene().getRoot(), services.userSettings().settings().withLook(Theme.LIGHT, 200));
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("New routine").tryQuery().isPresent());
        robot.clickOn("New routine");
        FxWait.until(() -> robot.lookup("#add-exercise-choice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Exercise> choice = robot.lookup("#add-exercise-choice").queryAs(ComboBox.class);
        Exercise longest = choice.getItems().stream()
                .max(Comparator.comparingInt(e -> e.name().length())).orElseThrow();
        robot.interact(() -> {
            choice.setValue(longest);
            choice.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = new ArrayList<>(shortened(choice));
        for (Window window : Window.getWindows()) {
            if (window != stage && window.isShowing()) {
                cut.addAll(shortened(window.getScene().getRoot()));
            }
        }
        robot.interact(choice::hide);
        assertTrue(choice.getItems().size() > 5, "the choice lists the exercises");
        assertEquals(List.of(), cut);
    }

    /** List cells (the chosen one and the list's) whose text is shown shortened. */
    private static List<String> shortened(Node node) {
        List<String> cut = new ArrayList<>();
        if (node instanceof ListCell<?> cell && cell.isVisible() && cell.getText() != null && !cell.getText().isEmpty()) {
            cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(t -> !t.getText().equals(cell.getText()))
                    .forEach(t -> cut.add(cell.getText() + " shown as " + t.getText()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> cut.addAll(shortened(child)));
        }
        return cut;
    }
}
