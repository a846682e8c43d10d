package app.kneecoach.ui.common;

import app.kneecoach.ui.shell.MainWindow;
import app.kneecoach.ui.testing.WindowTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A row of buttons flows onto more lines, and a button wider than the row gets the row's width and wraps. */
class FitRowTest extends WindowTest {

    @Test
    void buttonsFlowAndALongOneWrapsWithinTheRow() throws Exception {
        Button start = new Button("Start");
        Button longOne = new Button("Save a printable handout of this routine…");
        Button other = new Button("Delete");
        FitRow row = WaitForAsyncUtils.asyncFx(() -> laidOut(200, start, longOne, other)).get();

        assertTrue(row.minWidth(-1) < 200, "asks its page for no more than its widest button's least width");
        assertEquals(200, row.getWidth(), 0.5);
        assertTrue(longOne.getWidth() <= 200 + 0.5, "the long button no wider than the row");
        assertTrue(longOne.getLayoutY() > start.getLayoutY(), "on a line of its own");
        assertTrue(other.getLayoutY() > longOne.getLayoutY(), "and what follows on the next");
        assertTrue(longOne.getHeight() > start.getHeight() * 1.5, "its words wrapped onto more lines");
        String shown = longOne.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText()).findFirst().orElse("");
        assertEquals(longOne.getText(), shown, "not cut short");
    }

    @Test
    void buttonsThatFitShareALine() throws Exception {
        Button start = new Button("Start");
        Button other = new Button("Delete");
        FitRow row = WaitForAsyncUtils.asyncFx(() -> laidOut(600, start, other)).get();

        assertEquals(start.getLayoutY(), other.getLayoutY(), 0.5);
        assertTrue(other.getLayoutX() >= start.getLayoutX() + start.getWidth() + row.getHgap() - 0.5);
        assertEquals(start.prefWidth(-1), start.getWidth(), 0.5, "at its own width");
    }

    /** The row with the app's stylesheet in a page {@code width} pixels wide, laid out as the window would. */
    private static FitRow laidOut(double width, Button... buttons) {
        FitRow row = new FitRow();
        row.getStyleClass().add("button-row");
        row.getChildren().addAll(buttons);
        VBox page = new VBox(row);
        page.getStyleClass().add("page");
        Scene scene = new Scene(page);
        scene.getStylesheets().add(FigureContactSheetTest.css(MainWindow.STYLESHEET));
        page.applyCss();
        double inner = width + page.getInsets().getLeft() + page.getInsets().getRight();
        page.resize(inner, page.prefHeight(inner));
        page.layout();
        return row;
    }
}
