package app.kneecoach.ui.common;

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
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A list beside its detail, through a window resized as a person would: 1 em is 10 px here. */
@ExtendWith(ApplicationExtension.class)
class NarrowLayoutTest {
    private ListView<String> list;
    private Region detail;
    private SplitPane split;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        list = new ListView<>();
        detail = new Region();
        split = new SplitPane(new VBox(list), new VBox(new Button("Back"), detail));
        Button font = new Button();
        font.setFont(Font.font(10));
        list.getItems().setAll("one", "two");
        NarrowLayout.of(split, list, font, font.fontProperty());
        stage.setScene(new Scene(split));
        // The stage is shared with earlier tests (the main window gives it a minimum size): all of it is set here.
        stage.setMaximized(false);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
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
