package app.kneecoach.ui.shell;

import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A session the app stopped in, taken up again from the start-up card and finished as one session. */
class ResumeSessionTest extends FreshWindowsTest {

    @Test
    void resumingGoesOnAtTheNextSetAndTheHistoryShowsOneSessionWithEverySet() throws Exception {
        SessionRecord stopped = RecordedSessions.underWay(clock, 1, 3);
        store().saveInProgress(stopped);
        clock.advance(Duration.ofMinutes(30));
        open();

        String card = texts("#interrupted-session .label");
        assertTrue(card.contains("at set 2 of 3"), card);
        robot.clickOn("#resume-interrupted");
        FxWait.until(() -> robot.lookup(".player-where").tryQuery().isPresent());
        assertEquals("Both legs\u2002\u00b7\u2002set 2 of 3", text(".player-where"));
        assertEquals("Get ready", text(".player-phase"));

        advance(5, "Hold");
        advance(60, "Rest");
        advance(15, "Hold");
        assertEquals("Both legs\u2002\u00b7\u2002set 3 of 3", text(".player-where"));
        advance(60, "Done");
        robot.clickOn("#finishButton");
        robot.clickOn("#pain-2").clickOn("#continueButton");

        robot.clickOn("#historyNav");
        FxWait.until(() -> robot.lookup(".history-session").tryQuery().isPresent());
        assertEquals(1, robot.lookup(".history-session").queryAll().size(), "one session, not two");
        String day = texts(".history-day .label");
        assertTrue(day.contains("Seated butterfly stretch: completed, both legs 3 of 3 sets"), day);

        List<SessionRecord> history = Histories.all(store());
        assertEquals(1, history.size());
        SessionRecord finished = history.get(0);
        assertEquals(stopped.id(), finished.id());
        assertEquals(SessionStatus.COMPLETED, finished.status());
        assertEquals(OptionalInt.of(4), finished.painBefore(), "the rating before, from when it began");
        assertEquals(OptionalInt.of(2), finished.painAfter());
        assertEquals(3, finished.exercises().get(0).setsCompleted());
        assertEquals(ExerciseOutcome.COMPLETED, finished.exercises().get(0).outcome());
        assertEquals(Optional.empty(), store().interrupted());
    }

    @Test
    void aSessionStoppedTheDayBeforeOffersOnlyKeepOrDiscard() throws Exception {
        store().saveInProgress(RecordedSessions.underWay(clock, 1, 3));
        clock.advance(Duration.ofHours(20));
        open();
        assertTrue(robot.lookup("#keep-interrupted").query().isVisible());
        assertTrue(robot.lookup("#resume-interrupted").tryQuery().isEmpty());
        javafx.geometry.Bounds keep = robot.lookup("#keep-interrupted").query().localToScene(
                robot.lookup("#keep-interrupted").query().getBoundsInLocal());
        javafx.geometry.Bounds discard = robot.lookup("#discard-interrupted").query().localToScene(
                robot.lookup("#discard-interrupted").query().getBoundsInLocal());
        assertTrue(discard.getMinX() - keep.getMaxX() >= 6 || discard.getMinY() >= keep.getMaxY(),
                "the card's buttons stand apart: " + keep + " / " + discard);
    }

    private void advance(double seconds, String phase) {
        clock.advanceSeconds(seconds);
        FxWait.until(() -> phase.equals(text(".player-phase")));
    }

    private void open() throws Exception {
        FxToolkit.setupStage(stage -> MainWindow.show(stage, CatalogLoader.loadBundled(),
                TestServices.in(dataDir, clock, SoundPlayer.silent())));
    }

    private HistoryStore store() {
        return HistoryStore.open(dataDir, TestServices.wall(clock)).store();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private String texts(String query) {
        return String.join(" | ", robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList());
    }
}
