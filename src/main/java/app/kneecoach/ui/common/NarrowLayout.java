package app.kneecoach.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;

/**
 * A list beside its detail needs room. When the split is narrower than {@link #SIDE_BY_SIDE_EMS} of the current
 * text size (large text in a small window), the list goes above the detail; when it is then also lower than
 * {@link #STACKED_EMS} (large text in the default window, cards above it, a short window), the list above would
 * show an item or two and the detail little more, so one is shown at a time: the list, and the detail once an item
 * is clicked or Enter pressed on it, with a way back ({@link #showList()}: a Back button, or Esc in the detail).
 */
public final class NarrowLayout {
    public static final double SIDE_BY_SIDE_EMS = 42;
    public static final double STACKED_EMS = 32;

    private final SplitPane split;
    private final Node listPane;
    private final Node detailPane;
    private final ListView<?> list;
    private final Labeled back;
    private final ObjectProperty<Font> textFont;
    private final ReadOnlyBooleanWrapper oneAtATime = new ReadOnlyBooleanWrapper(this, "oneAtATime");
    private boolean detailWanted;
    private boolean updateQueued;
    /** Where the person (or the FXML) put the divider side by side, to come back to after a narrow spell. */
    private double[] sideBySide;

    private NarrowLayout(SplitPane split, ListView<?> list, Labeled back, ObjectProperty<Font> textFont) {
        this.split = split;
        this.listPane = split.getItems().get(0);
        this.detailPane = split.getItems().get(1);
        this.list = list;
        this.back = back;
        this.textFont = textFont;
        this.sideBySide = split.getDividerPositions();
    }

    /**
     * @param split    a split of two items, the list's pane and the detail's
     * @param list     the list in the first, which picks what the detail shows
     * @param back     the detail's way back to the list, shown only while one is shown at a time; its text is 1em
     * @param textFont the font of a control in the list's pane whose text is 1em, so it follows the text size
     */
    public static NarrowLayout of(SplitPane split, ListView<?> list, Labeled back, ObjectProperty<Font> textFont) {
        NarrowLayout layout = new NarrowLayout(split, list, back, textFont);
        Shown.when(layout.oneAtATime, back);
        // A size changes during a layout pass; the split's items must not change while that pass walks them.
        InvalidationListener update = obs -> {
            layout.rememberSideBySide();
            layout.updateAfterLayout();
        };
        split.widthProperty().addListener(update);
        split.heightProperty().addListener(update);
        textFont.addListener(update);
        back.fontProperty().addListener(update);
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, layout::clickedInList);
        list.addEventHandler(KeyEvent.KEY_PRESSED, layout::keyInList);
        layout.detailPane.addEventHandler(KeyEvent.KEY_PRESSED, layout::keyInDetail);
        return layout;
    }

    /** True while only one of the list and the detail is shown. */
    public ReadOnlyBooleanProperty oneAtATime() {
        return oneAtATime.getReadOnlyProperty();
    }

    /**
     * Shows the detail: it is already if both are shown; if one is shown at a time it takes the list's place, and
     * focus, which was in the list, goes to its Back button (the caller may move it on).
     */
    public void showDetail() {
        detailWanted = true;
        update();
        if (oneAtATime.get()) {
            back.requestFocus();
        }
    }

    /** Shows the list, with focus on it, where one is shown at a time. */
    public void showList() {
        detailWanted = false;
        update();
        if (oneAtATime.get()) {
            list.requestFocus();
        }
    }

    /**
     * Called as a size or the text changes, before the layout that follows. Once a layout has made the split too
     * narrow for its content, its skin moves the divider, and that position is not one to come back to: so only
     * while no change is waiting for its update, that is while the split has been laid out as it is meant to be.
     */
    private void rememberSideBySide() {
        if (!updateQueued && split.getOrientation() == Orientation.HORIZONTAL && split.getItems().size() == 2) {
            sideBySide = split.getDividerPositions();
        }
    }

    private void updateAfterLayout() {
        if (!updateQueued) {
            updateQueued = true;
            Platform.runLater(() -> {
                updateQueued = false;
                update();
            });
        }
    }

    /**
     * 1em now. Only the pane in the window follows a change of text size (styles are applied to what is shown), so
     * while the detail is shown alone the list's font is that of before.
     */
    private double em() {
        return (split.getItems().contains(listPane) ? textFont.get() : back.getFont()).getSize();
    }

    private void update() {
        double em = em();
        boolean narrow = split.getWidth() > 0 && split.getWidth() < SIDE_BY_SIDE_EMS * em;
        boolean low = narrow && split.getHeight() > 0 && split.getHeight() < STACKED_EMS * em;
        Orientation wanted = narrow ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (split.getOrientation() != wanted) {
            split.setOrientation(wanted);
            if (split.getItems().size() == 2 && wanted == Orientation.HORIZONTAL) {
                split.setDividerPositions(sideBySide);
            }
        }
        oneAtATime.set(low);
        if (low) {
            Node shown = detailWanted ? detailPane : listPane;
            if (split.getItems().size() != 1 || split.getItems().get(0) != shown) {
                split.getItems().setAll(shown);
            }
        } else if (split.getItems().size() != 2) {
            split.getItems().setAll(listPane, detailPane);
            split.setDividerPositions(sideBySide);
        }
    }

    private void clickedInList(MouseEvent event) {
        if (oneAtATime.get() && event.getButton() == MouseButton.PRIMARY && onAnItem(event.getPickResult().getIntersectedNode())) {
            showDetail();
        }
    }

    /** Whether a click landed on one of the list's items (not on its scroll bar or the space below the last). */
    private static boolean onAnItem(Node target) {
        for (Node node = target; node != null; node = node.getParent()) {
            if (node instanceof ListCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    private void keyInList(KeyEvent event) {
        if (oneAtATime.get() && event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
            showDetail();
        }
    }

    private void keyInDetail(KeyEvent event) {
        if (oneAtATime.get() && event.getCode() == KeyCode.ESCAPE) {
            showList();
            event.consume();
        }
    }
}
