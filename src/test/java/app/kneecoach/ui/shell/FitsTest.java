package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Appearance;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.shell.MainWindowViewModel.Section;
import app.kneecoach.ui.shell.MainWindowViewModel.Section;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Routine;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.RoutineSchedule;
import app.kneecoach.userdata.SessionStatus;
import app.kneecoach.userdata.Theme;
import app.kneecoach.userdata.WindowStore;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing is cut off and every control can be reached, in every section, the welcome, the pain check-in and a
 * routine's player, at the smallest window (900 x 600) and the usual one (1200 x 800), with text at 100 to 200 %.
 * A control counts as reachable inside the window or inside a scroll pane (scrolling brings it).
 */
class FitsTest extends FreshWindowsTest {
    private static final int[][] WINDOWS = {{900, 600}, {1200, 800}};
    private static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 200);

    @Test
    void everyViewFitsAtEveryWindowAndTextSize() throws Exception {
        AppServices services = open();
        // One routine of the person's own, so the Routines section shows the editor.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("New routine");
        List<String> problems = new ArrayList<>();
        for (int[] window : WINDOWS) {
            for (int text : TEXT_SIZES) {
                String where = window[0] + "x" + window[1] + " at " + text + " %: ";
                size(services, window, text);
                for (Section section : Section.values()) {
                    show(section);
                    checkSection(where + "section " + section.shortcut(), problems);
                }
                show(Section.EXERCISES);
                if (oneAtATime()) {
                    openDetail();
                }
                fire("#start-session");
                check(where + "pain check-in", problems);
                fire("#cancelButton");
                show(Section.ABOUT);
                fire("#show-welcome");
                check(where + "welcome", problems);
                fire("#welcome-look-around");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySectionFitsWithEveryCardAboveIt() throws Exception {
        HistoryStore store = HistoryStore.open(dataDir, TestServices.wall(clock)).store();
        for (int day = 0; day < 4; day++) {
            store.add(RecordedSessions.session(clock, day, 3 + day, SessionStatus.COMPLETED));
        }
        store.saveInProgress(RecordedSessions.session(clock, 3, 6, SessionStatus.INTERRUPTED));
        store.close();
        planForFriday();
        clock.advance(Duration.ofDays(3));
        Files.writeString(dataDir.resolve(WindowStore.FILE), "{ not json");
        AppServices services = open();
        // Friday 8:31: the reminder for 8:30 has come, above today's plan of two routines.
        clock.advance(Duration.ofMinutes(31));
        robot.interact(() -> ((TodayPlanView) robot.lookup("#today").query().getProperties()
                .get(TodayPlanView.class)).lookNow());
        FxWait.until(() -> robot.lookup("#reminder-full-home-program").tryQuery().isPresent());
        List<String> problems = new ArrayList<>();
        for (int[] window : WINDOWS) {
            for (int text : TEXT_SIZES) {
                size(services, window, text);
                for (Section section : Section.values()) {
                    show(section);
                    checkSection(window[0] + "x" + window[1] + " at " + text + " %, section " + section.shortcut(),
                            problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A routine's player, running and then ended, at every window and text size: whole texts, reachable buttons. */
    @Test
    void aRoutinesPlayerFitsAtEveryWindowAndTextSize() throws Exception {
        AppServices services = open();
        List<String> problems = new ArrayList<>();
        for (int[] window : WINDOWS) {
            for (int text : TEXT_SIZES) {
                String where = window[0] + "x" + window[1] + " at " + text + " %: ";
                size(services, window, text);
                show(Section.ROUTINES);
                if (!listShown()) {
                    fire(".back-button");
                }
                choose("Full home program");
                robot.interact(() -> robot.lookup("#start-routine").queryButton().fire());
                robot.interact(() -> robot.lookup("#skipButton").queryButton().fire());
                clock.advanceSeconds(5 + 12);
                FxWait.until(() -> "18".equals(robot.lookup(".player-big").queryAs(Label.class).getText()));
                check(where + "player", problems);
                robot.type(KeyCode.ESCAPE);
                FxWait.until(() -> robot.lookup("#endRoutineButton").query().isVisible());
                check(where + "player, exercise ended", problems);
                robot.type(KeyCode.ESCAPE);
                check(where + "pain check-in after", problems);
                robot.interact(() -> robot.lookup("#skipButton").queryButton().fire());
            }
        }
        assertEquals(List.of(), problems);
    }

    private void planForFriday() throws Exception {
        HistoryStore.Opened opened = HistoryStore.open(dataDir, TestServices.wall(clock));
        var schedules = opened.routines().schedules();
        schedules.put(new RoutineSchedule("full-home-program", Set.of(DayOfWeek.FRIDAY), LocalTime.of(8, 30)));
        schedules.put(new RoutineSchedule("gentle-start", Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(18, 0)));
        opened.store().close();
    }

    private AppServices open() throws Exception {
        AppServices services = TestServices.in(dataDir, clock, SoundPlayer.silent());
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(), services));
        WaitForAsyncUtils.waitForFxEvents();
        return services;
    }

    private void size(AppServices services, int[] window, int text) {
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            stage.setWidth(window[0]);
            stage.setHeight(window[1]);
            Appearance.apply(stage.getScene().getRoot(),
                    services.userSettings().settings().withLook(Theme.LIGHT, text));
        });
    }

    /**
     * The section; where its list and detail are shown one at a time, the other one too (the detail opened with
     * Enter on the list, the list with Back), leaving the list shown.
     */
    private void checkSection(String where, List<String> problems) {
        check(where, problems);
        if (!oneAtATime()) {
            return;
        }
        if (listShown()) {
            openDetail();
            check(where + " (detail)", problems);
        }
        fire(".back-button");
        if (!listShown()) {
            problems.add(where + ": Back does not show the list");
        }
        check(where + " (list)", problems);
    }

    private boolean listShown() {
        return FxWait.onFx(() -> robot.lookup(".exercise-list").tryQuery().isPresent());
    }

    /** Shows the section as its sidebar button does (the shortcuts have tests of their own). */
    private void show(Section section) {
        fire("#" + section.navId());
    }

    /** Presses the button as a click would, on the window's thread, without TestFX's pauses. */
    private void fire(String query) {
        FxWait.onFx(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    /** Chooses the routine in the list, as the arrow keys would, and shows it. */
    private void choose(String routine) {
        // The section shows the routines once the records are read.
        FxWait.until(() -> robot.lookup(".exercise-list").tryQuery().isPresent());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ListView<Routine> list = robot.lookup(".exercise-list").queryAs(ListView.class);
            list.getItems().stream().filter(r -> r.name().equals(routine)).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
        });
        if (oneAtATime()) {
            openDetail();
        }
    }

    /** Whether the section's list and its detail are shown one at a time (NarrowLayout). */
    private boolean oneAtATime() {
        // A layout pass, then the change NarrowLayout queues after the pass that found the split narrow or low.
        FxWait.settle(robot.window(0).getScene().getRoot());
        return FxWait.onFx(() -> robot.lookup(".exercises-view").tryQueryAs(SplitPane.class)
                .map(split -> split.getItems().size() == 1).orElse(false));
    }

    /** Enter on the list's chosen item, which shows its detail in place of the list. */
    private void openDetail() {
        FxWait.onFx(() -> robot.lookup(".exercise-list").query().requestFocus());
        robot.type(KeyCode.ENTER);
    }

    private void check(String where, List<String> problems) {
        Parent root = robot.window(0).getScene().getRoot();
        FxWait.settle(root);
        FxWait.onFx(() -> {
            LookTest.cutOff(root).forEach(p -> problems.add(where + ": " + p));
            unreachable(root, root.getScene().getHeight()).forEach(p -> problems.add(where + ": " + p));
        });
    }

    /** Buttons and fields that end below the window's bottom edge without a scroll pane around them. */
    private static List<String> unreachable(Node node, double windowHeight) {
        List<String> found = new ArrayList<>();
        if (!node.isVisible() || node instanceof ScrollPane) {
            // What a scroll pane holds can be scrolled to; the pane itself must be in the window.
            if (node instanceof ScrollPane scroll && node.isVisible() && below(scroll, windowHeight, 0.5)) {
                found.add("a scrolling part starts below the window");
            }
            return found;
        }
        if ((node instanceof ButtonBase || node instanceof TextInputControl) && below(node, windowHeight, 1)) {
            found.add(describe(node) + " is below the window's bottom edge");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(unreachable(child, windowHeight)));
        }
        return found;
    }

    /** Whether more than {@code share} of the node's height is below the window's bottom edge. */
    private static boolean below(Node node, double windowHeight, double share) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getHeight() <= 0) {
            return false;
        }
        return bounds.getMaxY() - windowHeight > bounds.getHeight() * (1 - share) + 1
                || bounds.getMinY() >= windowHeight;
    }

    private static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + text;
    }
}
