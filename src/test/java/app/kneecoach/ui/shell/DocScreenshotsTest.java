package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Scrolling;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.LoggedTimes;
import app.kneecoach.ui.testing.PngWriter;
import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.ui.testing.WindowTest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.RoutineSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Captures the README and user-guide screenshots through the real window, headless.
 * {@code mvn test -Pscreenshots} writes them to docs/screenshots; an ordinary build writes them
 * under target/ so the capture path stays tested without touching docs/.
 */
class DocScreenshotsTest extends WindowTest {
    static final String DIR_PROPERTY = "kneecoach.screenshots";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private final FakeClock clock = new FakeClock();
    private final AppServices services = TestServices.with(clock, SoundPlayer.silent());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.show(stage, CatalogLoader.loadBundled(), services);
    }

    /** The next step on an exercise's page, from three easy times in the log. */
    @Test
    void captureSuggestion(FxRobot robot) throws IOException {
        Path dir = Path.of(System.getProperty(DIR_PROPERTY, "target/screenshots"));
        var legRaise = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog()
                .exercise("lateral-leg-raise").orElseThrow();
        java.time.Instant first = clock.now().minus(java.time.Duration.ofDays(6));
        for (int day = 0; day < 3; day += 1) {
            services.storage().store().add(LoggedTimes.done(legRaise, first, day * 2, 10, 2, 1, 1));
        }
        FxWait.clickOn(robot, legRaise.name());
        FxWait.until(() -> robot.lookup("#suggestion").query().isVisible());
        capture(robot, dir.resolve("suggestion.png"));
    }

    /**
     * Today's plan on a Wednesday at 8:31, with the reminder for 8:30: the warm-up done at 7:35, Gentle start still
     * to do, Monday's Gentle start done, Friday's to come.
     */
    @Test
    void captureTodaysPlan(FxRobot robot) throws IOException {
        Path dir = Path.of(System.getProperty(DIR_PROPERTY, "target/screenshots"));
        // On the window's thread, as the tests' background hands the changes straight to the card.
        robot.interact(() -> {
            try {
                var schedules = services.routines().schedules();
                schedules.put(new RoutineSchedule("gentle-start", Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.FRIDAY), LocalTime.of(8, 30)));
                schedules.put(new RoutineSchedule("stretching-warm-up", Set.of(DayOfWeek.WEDNESDAY),
                        LocalTime.of(7, 30)));
                services.storage().store().add(RecordedSessions.ofRoutine(clock, -1, 1, "Gentle start"));
                services.storage().store().add(RecordedSessions.ofRoutine(clock, 1, -1, "Stretching warm-up"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        clock.advance(Duration.ofDays(1).plusMinutes(31));
        robot.interact(() -> ((TodayPlanView) robot.lookup("#today").query().getProperties()
                .get(TodayPlanView.class)).lookNow());
        FxWait.until(() -> robot.lookup("#reminder-gentle-start").tryQuery().isPresent());
        capture(robot, dir.resolve("today.png"));
    }

    @Test
    void captureMainViews(FxRobot robot) throws IOException {
        Path dir = Path.of(System.getProperty(DIR_PROPERTY, "target/screenshots"));
        var catalog = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
        robot.clickOn(catalog.exercise("supine-hamstring-stretch").orElseThrow().name());
        capture(robot, dir.resolve("exercises.png"));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#detailScroll").query()).setVvalue(0.25));
        capture(robot, dir.resolve("exercise-figures.png"));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#detailScroll").query()).setVvalue(0));
        robot.clickOn("#avoidNav");
        capture(robot, dir.resolve("avoid.png"));
        robot.clickOn("#aerobicYogaNav");
        capture(robot, dir.resolve("aerobic-yoga.png"));
        robot.clickOn("#aboutNav");
        capture(robot, dir.resolve("about.png"));

        robot.clickOn("#exercisesNav").clickOn("#start-session");
        robot.clickOn("#pain-3");
        capture(robot, dir.resolve("pain-check.png"));
        robot.clickOn("#continueButton");
        clock.advanceSeconds(5 + 12);
        FxWait.until(() -> "18".equals(robot.lookup(".player-big").queryAs(Label.class).getText()));
        capture(robot, dir.resolve("player.png"));
        // The first set held to its end, so the history shows a session with work done.
        clock.advanceSeconds(18 + 1);
        FxWait.until(() -> "Rest".equals(robot.lookup(".player-phase").queryAs(Label.class).getText()));
        robot.type(javafx.scene.input.KeyCode.ESCAPE).type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#skipButton");
        robot.clickOn(catalog.exercise("bridge").orElseThrow().name()).clickOn("#start-session");
        robot.clickOn("#continueButton");
        clock.advanceSeconds(5 + 6 + 2);
        FxWait.until(() -> "2".equals(robot.lookup(".player-big").queryAs(Label.class).getText()));
        capture(robot, dir.resolve("player-reps.png"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE).type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#pain-2").clickOn("#continueButton");
        robot.clickOn("#historyNav");
        capture(robot, dir.resolve("history.png"));
        robot.clickOn("#routinesNav");
        robot.clickOn(catalog.routines().get(3).name());
        capture(robot, dir.resolve("routines.png"));
        // The same routine planned for three days (saved, then taken off again for the captures that follow).
        robot.interact(() -> Scrolling.reveal(robot.lookup(".detail-scroll").queryAs(ScrollPane.class),
                robot.lookup("#schedule-card").query()));
        robot.clickOn("#schedule-day-1").clickOn("#schedule-day-3").clickOn("#schedule-day-5").clickOn("#save-schedule");
        robot.interact(() -> Scrolling.reveal(robot.lookup(".detail-scroll").queryAs(ScrollPane.class),
                robot.lookup(".schedule-calendar").query()));
        capture(robot, dir.resolve("schedule.png"));
        robot.clickOn("#remove-schedule");
        robot.clickOn("#settingsNav");
        capture(robot, dir.resolve("settings.png"));

        robot.clickOn("#setting-theme-dark");
        robot.clickOn("#exercisesNav");
        capture(robot, dir.resolve("exercises-dark.png"));
        robot.clickOn("#start-session").clickOn("#skipButton");
        clock.advanceSeconds(5 + 1);
        FxWait.until(() -> "Lift".equals(robot.lookup(".player-phase").queryAs(Label.class).getText()));
        capture(robot, dir.resolve("player-dark.png"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE).type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#skipButton");
        robot.clickOn("#settingsNav").clickOn("#setting-theme-light");
        robot.clickOn("#setting-text-size").clickOn("200%");
        capture(robot, dir.resolve("settings-200.png"));
        robot.interact(() -> robot.lookup("#exercisesNav").queryAs(javafx.scene.control.ToggleButton.class).fire());
        // At 200 % in the default window the section opens on its list, one at a time with the exercise.
        FxWait.clickOn(robot, catalog.exercise("bridge").orElseThrow().name());
        robot.interact(() -> robot.lookup("#start-session").queryButton().fire());
        robot.interact(() -> robot.lookup("#skipButton").queryButton().fire());
        capture(robot, dir.resolve("player-200.png"));

        // A rest that waits for the person, at the normal text size, 42 s into a planned 15 s rest.
        robot.type(javafx.scene.input.KeyCode.ESCAPE).type(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> robot.lookup("#skipButton").queryButton().fire());
        robot.interact(() -> robot.lookup("#settingsNav").queryAs(javafx.scene.control.ToggleButton.class).fire());
        robot.clickOn("#setting-text-size").clickOn("100%");
        robot.clickOn("#exercisesNav");
        FxWait.clickOn(robot, catalog.exercise("supine-hamstring-stretch").orElseThrow().name());
        robot.clickOn("#setup-rest-until-ready").clickOn("#start-session").clickOn("#skipButton");
        clock.advanceSeconds(5 + 30 + 42);
        FxWait.until(() -> "0:42".equals(robot.lookup(".player-big").queryAs(Label.class).getText()));
        capture(robot, dir.resolve("rest-until-ready.png"));
    }

    private void capture(FxRobot robot, Path file) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        PngWriter.write(image.get(), file);
        byte[] written = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(written, PNG_SIGNATURE.length), file + " is a PNG");
        assertTrue(written.length > 10_000, file + " holds a rendered window, not a blank image");
    }
}
