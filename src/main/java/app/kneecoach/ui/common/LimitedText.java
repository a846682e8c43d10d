package app.kneecoach.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/**
 * A text field that takes no more than the records keep (one definition, shared with the store), and a
 * line beside it that shows how much is used as the person types, so nothing typed is ever cut off later.
 */
public final class LimitedText {
    private LimitedText() {
    }

    public static void limit(TextField field, int max, Label counter, Messages text) {
        limit(field, max);
        Runnable show = () -> counter.setText(text.get("input.count", field.getLength(), max));
        field.textProperty().addListener((obs, old, now) -> show.run());
        show.run();
    }

    /** Only the limit, for a view whose view model words the count. */
    public static void limit(TextField field, int max) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            int over = change.getControlNewText().length() - max;
            if (over <= 0) {
                return change;
            }
            // A paste that does not fit is cut to what does, rather than refused whole.
            int keep = change.getText().length() - over;
            if (keep < 0) {
                return null;
            }
            change.setText(change.getText().substring(0, keep));
            return change;
        }));
    }
}
