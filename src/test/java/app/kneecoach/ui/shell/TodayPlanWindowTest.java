package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.RoutineSchedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Today's plan and a reminder through the window: Gentle start planned for Tuesday 9:00, the fake clock on Tuesday
 * 8:00. The reminders' clock is made to look at once, as its timeline does every half minute.
 */
class TodayPlanWindowTest extends FreshWindowsTest {
    private static final String NINE = TodayPlanViewModelTest.time(LocalTime.of(9, 0));

    @Test
    void theCardShowsTodaysRoutineAndStartGoesThroughTheCheckIn() throws Exception {
        open();
        assertEquals("Today: Gentle start at " + NINE, text("#today-plan .today-line"));
        assertEquals("This week: 0 of 1 planned session done", text("#today-plan .today-week"));
        robot.clickOn("#today-start-gentle-start");
        FxWait.until(() -> robot.lookup("#continueButton").tryQuery().isPresent());
        assertTrue(robot.lookup("#today-plan").tryQuery().isEmpty(), "the check-in has the window");
        robot.clickOn("#cancelButton");
        FxWait.until(() -> robot.lookup("#today-start-gentle-start").tryQuery().isPresent());
    }

    @Test
    void aReminderAppearsWhenTheTimeComesAndDismissHidesIt() throws Exception {
        open();
        lookNow();
        assertTrue(robot.lookup("#reminder-gentle-start").tryQuery().isEmpty(), "8:00");
        clock.advance(Duration.ofMinutes(61));
        lookNow();
        FxWait.until(() -> robot.lookup("#reminder-gentle-start").tryQuery().isPresent());
        assertEquals("Time for Gentle start (" + NINE + ")", text("#reminder-gentle-start .reminder-text"));
        robot.clickOn("#reminder-dismiss-gentle-start");
        FxWait.until(() -> robot.lookup("#reminder-gentle-start").tryQuery().isEmpty());
        assertTrue(robot.lookup("#today-start-gentle-start").query().isVisible(), "the plan's line is back");
    }

    @Test
    void aRemindersStartGoesThroughTheCheckIn() throws Exception {
        open();
        clock.advance(Duration.ofMinutes(61));
        lookNow();
        FxWait.until(() -> robot.lookup("#reminder-start-gentle-start").tryQuery().isPresent());
        robot.clickOn("#reminder-start-gentle-start");
        FxWait.until(() -> robot.lookup("#continueButton").tryQuery().isPresent());
        robot.clickOn("#cancelButton");
        FxWait.until(() -> robot.lookup("#today-plan").tryQuery().isPresent());
        assertTrue(robot.lookup("#reminder-gentle-start").tryQuery().isEmpty(), "acted on: gone");
    }

    private void open() throws Exception {
        HistoryStore.Opened opened = HistoryStore.open(dataDir, TestServices.wall(clock));
        opened.routines().schedules().put(new RoutineSchedule("gentle-start", Set.of(DayOfWeek.TUESDAY),
                LocalTime.of(9, 0)));
        opened.store().close();
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(),
                TestServices.in(dataDir, clock, SoundPlayer.silent())));
        FxWait.until(() -> robot.lookup("#today-plan").tryQuery().isPresent());
    }

    private void lookNow() {
        robot.interact(() -> ((TodayPlanView) robot.lookup("#today").query().getProperties()
                .get(TodayPlanView.class)).lookNow());
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
