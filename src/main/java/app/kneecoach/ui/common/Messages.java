package app.kneecoach.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The app's user-facing text, from messages.properties, with {@link MessageFormat} arguments. Numbers in it are
 * written for the text's language, never the JVM's default (a German system would otherwise put "2,5" into an
 * English sentence); dates and times go through {@link Formats}.
 */
public record Messages(ResourceBundle bundle) {
    public static final Messages DEFAULT = new Messages(ResourceBundle.getBundle("app.kneecoach.ui.common.messages"));

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** The language the text is written in: the base bundle's is English. */
    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }
}
