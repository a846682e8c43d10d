package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Scrolling;
import app.kneecoach.ui.shell.DataWindowTest;
import app.kneecoach.ui.testing.FxWait;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The pain warning above the sections follows a rating corrected in History, and its undo. */
class EditedPainWarningTest extends DataWindowTest {
    /** The card above every section (History's own page has one too). */
    private static final String BANNER = ".banners #safety-warning";

    @Start
    void start(Stage stage) throws IOException {
        HistoryStore store = HistoryStore.open(dataDir, TestServices.wall(clock)).store();
        store.add(session("first", "2026-11-20T07:00:00Z", 3));
        store.add(session("second", "2026-11-22T07:00:00Z", 4));
        store.add(session("today", "2026-11-24T07:00:00Z", 3));
        store.close();
        show(stage);
    }

    @Test
    void aWorseRatingBringsTheWarningAndUndoTakesItAway(FxRobot robot) {
        fullHd(robot);
        robot.clickOn("#historyNav");
        assertTrue(robot.lookup(BANNER).tryQuery().isEmpty(), "3, 4, 3: no trend to warn of");

        Node edit = robot.lookup("#edit-today").query();
        robot.interact(() -> Scrolling.reveal(robot.lookup(".page-scroll").queryAs(ScrollPane.class), edit));
        robot.clickOn("#edit-today");
        robot.clickOn("#edit-pain-after");
        FxWait.until(() -> robot.lookup(".context-menu .menu-item .label").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".context-menu .menu-item .label").match((Label l) -> "6".equals(l.getText()))
                .queryAs(Label.class));
        robot.clickOn("#edit-save");
        FxWait.until(() -> robot.lookup(BANNER).tryQuery().isPresent());
        assertTrue(robot.lookup(".page #safety-warning").tryQuery().isPresent(), "and on History's page");

        robot.clickOn("#undo-button");
        FxWait.until(() -> robot.lookup(BANNER).tryQuery().isEmpty());
    }

    private static SessionRecord session(String id, String start, int pain) {
        Instant at = Instant.parse(start);
        return new SessionRecord(id, at, at.plus(Duration.ofMinutes(10)), Optional.empty(), List.of(),
                OptionalInt.of(pain), Optional.empty(), OptionalInt.of(pain), Optional.empty(),
                SessionStatus.COMPLETED);
    }
}
