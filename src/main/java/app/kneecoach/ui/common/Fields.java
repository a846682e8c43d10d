package app.kneecoach.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;

/** The labelled number boxes that the start card, the routine editor and the settings share. */
public final class Fields {
    private Fields() {
    }

    public static Spinner<Integer> spinner(String id, int min, int max, int initial, int step) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial,
                step));
        spinner.setId(id);
        spinner.getStyleClass().add("setup-spinner");
        return spinner;
    }

    /** A caption above its control, which also becomes the control's accessible name. */
    public static Node field(String label, Node control) {
        Label caption = Blocks.text(label, "setup-label");
        caption.setLabelFor(control);
        control.setAccessibleText(label);
        VBox field = new VBox(caption, control);
        field.getStyleClass().add("setup-field");
        return field;
    }
}
