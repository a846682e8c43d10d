package app.kneecoach.ui.common;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.Property;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * A group of toggles (radio buttons) that chooses one constant of an enum, bound both ways to a property: each
 * toggle's user data is the constant's name, given in FXML as {@code userData="DARK"}. Names rather than
 * {@code fx:constant}: FXMLLoader may reflect only into the UI packages module-info opens to it, never into the
 * domain's enums.
 */
public final class Toggles {
    private Toggles() {
    }

    public static <E extends Enum<E>> void bindBidirectional(ToggleGroup group, Property<E> value, Class<E> type) {
        select(group, value.getValue());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.setValue(Enum.valueOf(type, String.valueOf(now.getUserData()).toUpperCase(Locale.ROOT)));
            }
        });
        value.addListener((obs, old, now) -> select(group, now));
    }

    private static void select(ToggleGroup group, Enum<?> value) {
        for (Toggle toggle : group.getToggles()) {
            if (value != null && Objects.equals(toggle.getUserData(), value.name())) {
                group.selectToggle(toggle);
            }
        }
    }
}
