package app.kneecoach.ui.common;

import java.util.Objects;
import javafx.beans.property.Property;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * A group of toggles (radio buttons) that chooses a value, bound both ways to a property: each toggle's user
 * data is the value it stands for (given in FXML with {@code fx:constant}).
 */
public final class Toggles {
    private Toggles() {
    }

    public static <T> void bindBidirectional(ToggleGroup group, Property<T> value) {
        select(group, value.getValue());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.setValue(chosen);
            }
        });
        value.addListener((obs, old, now) -> select(group, now));
    }

    private static void select(ToggleGroup group, Object value) {
        for (Toggle toggle : group.getToggles()) {
            if (Objects.equals(toggle.getUserData(), value)) {
                group.selectToggle(toggle);
            }
        }
    }
}
