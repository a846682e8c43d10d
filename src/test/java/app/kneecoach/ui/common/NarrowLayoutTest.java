package app.kneecoach.ui.common;

import app.kneecoach.ui.testing.WindowTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A list beside its detail, through a window resized as a person would: 1 em is 10 px here. */
class NarrowLayoutTest extends WindowTest {
    private ListView<String> list;
    private Region detail;
    private SplitPane split;
    private Button listFont;
    private Button back;
    private Stage stage;

    /** On a stage of its own: the one TestFX hands in is shared with later tests, which would find it small. */
    @Start
    void start(Stage shared) {
        stage = new Stage();
        list = new ListView<>();
        detail = new Region();
        listFont = new Button("Search");
        back = new Button("Back");
        split = new SplitPane(new VBox(listFont, list), new VBox(back, detail));
        listFont.setFont(Font.font(10));
        back.setFont(Font.font(10));
        list.getItems().setAll("one", "two");
        NarrowLayout.of(split, list, back, listFont.fontProperty());
        stage.setScene(new Scene(split));
        stage.setWidth(1000);
        stage.setHeight(700);
        stage.show();
    }

    @Test
    void theSideBySideDividerComesBackAfterTheSplitWasStackedAndShownOneAtATime(FxRobot robot) {
        settle(robot);
        assertEquals(Orientation.HORIZONTAL, split.getOrientation());
        double sideBySide = split.getDividerPositions()[0];
        // Stacked, the detail's height pushes the divider up: that is the stacked split's own, not the person's.
        robot.interact(() -> detail.setMinHeight(560));
        resize(robot, 400, 700);
        assertEquals(Orientation.VERTICAL, split.getOrientation());
        assertEquals(2, split.getItems().size());
        assertTrue(split.getDividerPositions()[0] < 0.3, "moved by the skin: " + split.getDividerPositions()[0]);
        resize(robot, 400, 300);
        assertEquals(1, split.getItems().size(), "one at a time");
        robot.interact(() -> detail.setMinHeight(0));

        resize(robot, 1000, 700);
        assertEquals(Orientation.HORIZONTAL, split.getOrientation());
        assertEquals(2, split.getItems().size());
        assertEquals(sideBySide, split.getDividerPositions()[0], 0.01, "the list has its share of the width again");
    }

    @Test
    void oneAtATimeShowsTheListUntilAnItemIsOpened(FxRobot robot) {
        resize(robot, 400, 300);
        assertEquals(1, split.getItems().size());
        assertSame(list.getParent(), split.getItems().get(0));
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.interact(list::requestFocus).type(javafx.scene.input.KeyCode.ENTER);
        settle(robot);
        assertSame(detail.getParent(), split.getItems().get(0), "Enter on an item shows its detail");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        settle(robot);
        assertSame(list.getParent(), split.getItems().get(0), "Esc goes back to the list");
    }

    /**
     * Text made larger and then smaller again while the detail is shown alone: only the detail, in the window,
     * takes the new size (styles are applied to what is shown), and it is what brings the list back beside it.
     */
    @Test
    void smallerTextWhileTheDetailIsShownAloneBringsTheListBackBesideIt(FxRobot robot) {
        resize(robot, 600, 500);
        assertEquals(2, split.getItems().size(), "side by side at 10 px");
        robot.interact(() -> {
            listFont.setFont(Font.font(20));
            back.setFont(Font.font(20));
        });
        settle(robot);
        assertEquals(1, split.getItems().size(), "one at a time at 20 px");
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.interact(list::requestFocus).type(javafx.scene.input.KeyCode.ENTER);
        settle(robot);
        assertSame(detail.getParent(), split.getItems().get(0));

        robot.interact(() -> back.setFont(Font.font(10)));
        settle(robot);
        assertEquals(2, split.getItems().size(), "side by side again");
        assertEquals(Orientation.HORIZONTAL, split.getOrientation());
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle(robot);
    }

    /** A layout pass, then the change it queued for after it. */
    private void settle(FxRobot robot) {
        robot.interact(() -> {
            split.getScene().getRoot().applyCss();
            split.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> split.getScene().getRoot().layout());
    }
}
