package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.shell.DataWindowTest;

import static app.kneecoach.ui.routines.RoutinesTest.inView;

import app.kneecoach.ui.testing.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.RoutineSchedule;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Plan a routine through the window: days and a time, the line in the list, the calendar file, and Remove. */
class ScheduleEditTest extends DataWindowTest {
    private static final Formats FORMATS = Formats.DEFAULT;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void planARoutineSeeItInTheListPutItInACalendarAndRemoveIt(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertEquals("Not planned yet. Choose the days and a time, then save.", label(robot, "#schedule-planned"));
        assertFalse(robot.lookup(".schedule-calendar").query().isVisible(), "nothing to put in a calendar yet");

        robot.clickOn(inView(robot, "#schedule-day-1")).clickOn(inView(robot, "#schedule-day-3"));
        assertTrue(robot.lookup("#schedule-unsaved").query().isVisible());
        robot.doubleClickOn(inView(robot, "#schedule-time")).press(KeyCode.CONTROL).type(KeyCode.A)
                .release(KeyCode.CONTROL).write("18:30").type(KeyCode.ENTER);

        String planned = FORMATS.shortWeekday(DayOfWeek.MONDAY) + ", " + FORMATS.shortWeekday(DayOfWeek.WEDNESDAY)
                + " at " + FORMATS.timeOfDay(LocalTime.of(18, 30));
        assertEquals("Planned: " + planned, label(robot, "#schedule-planned"));
        assertEquals("Saved.", label(robot, "#schedule-result"));
        assertFalse(robot.lookup("#schedule-unsaved").query().isVisible());
        assertEquals(List.of(new RoutineSchedule("stretching-warm-up", Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(18, 30))), savedRoutines().schedules().schedules());
        assertEquals(List.of(planned), plannedLines(robot), "in the routine's row of the list");

        Path file = dataDir.resolve("my-knees.ics");
        files.then(file);
        robot.clickOn(inView(robot, "#schedule-calendar"));
        assertEquals("Saved to " + file + ".", label(robot, "#schedule-calendar-result"));
        List<VEvent> events;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            events = new CalendarBuilder().build(in).getComponents(Component.VEVENT);
        }
        assertEquals(1, events.size());
        assertEquals("Knee Coach: Stretching warm-up", events.get(0).getProperty(Property.SUMMARY).orElseThrow()
                .getValue());
        assertTrue(events.get(0).getProperty(Property.RRULE).orElseThrow().getValue().contains("BYDAY=MO,WE"));
        assertEquals(1, events.get(0).getAlarms().size());

        robot.clickOn(inView(robot, "#remove-schedule"));
        assertEquals("Not planned yet. Choose the days and a time, then save.", label(robot, "#schedule-planned"));
        assertTrue(robot.lookup(".schedule-day").queryAllAs(ToggleButton.class).stream().noneMatch(ToggleButton::isSelected));
        assertEquals(List.of(), savedRoutines().schedules().schedules());
        assertEquals(List.of(), plannedLines(robot));
    }

    @Test
    void aDayIsNeededAndTheKeyboardChoosesIt(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn(inView(robot, "#save-schedule"));
        assertEquals("Choose at least one day.", label(robot, "#schedule-problem"));
        // From Save back to Sunday, the last of the days, and Space to choose it.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT).type(KeyCode.SPACE);
        assertTrue(robot.lookup("#schedule-day-7").queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#schedule-problem").query().isVisible());
    }

    /** A built-in routine's plan above its exercises; an own routine's below its editor, which comes first. */
    @Test
    void thePlanComesBeforeABuiltInRoutinesExercisesAndAfterAnOwnRoutinesEditor(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertTrue(top(robot, "#schedule-card") < top(robot, "#routine-item-0"), "built in: plan first");
        robot.clickOn("#duplicate-routine");
        FxWait.until(() -> robot.lookup("#routine-name-field").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(top(robot, "#routine-item-0") < top(robot, "#schedule-card"), "own: the editor first");
        assertTrue(top(robot, "#routine-name-field") < top(robot, "#schedule-card"));
    }

    private static double top(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    private static List<String> plannedLines(FxRobot robot) {
        return robot.lookup(".routine-planned").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).toList();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
