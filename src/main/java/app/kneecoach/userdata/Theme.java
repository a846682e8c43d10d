package app.kneecoach.userdata;

import java.util.Locale;

/** The app's colour scheme. */
public enum Theme {
    LIGHT, DARK, HIGH_CONTRAST;

    /** As written in settings.json and in style class names: "light", "dark", "high-contrast". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
