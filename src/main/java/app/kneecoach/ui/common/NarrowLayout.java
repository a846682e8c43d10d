package app.kneecoach.ui.common;

import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Font;

/**
 * A list beside its detail needs room: when the split is narrower than {@link #SIDE_BY_SIDE_EMS} of the
 * current text size (large text in a small window), the list goes above the detail instead.
 */
public final class NarrowLayout {
    public static final double SIDE_BY_SIDE_EMS = 42;

    private NarrowLayout() {
    }

    /** @param textFont the font of a control whose text is 1em, so it follows the text size setting */
    public static void stackWhenNarrow(SplitPane split, ObjectProperty<Font> textFont) {
        InvalidationListener update = obs -> {
            double em = textFont.get().getSize();
            Orientation wanted = split.getWidth() > 0 && split.getWidth() < SIDE_BY_SIDE_EMS * em
                    ? Orientation.VERTICAL : Orientation.HORIZONTAL;
            if (split.getOrientation() != wanted) {
                split.setOrientation(wanted);
            }
        };
        split.widthProperty().addListener(update);
        textFont.addListener(update);
    }
}
