package app.kneecoach.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The app's user-facing text, from messages.properties, with {@link MessageFormat} arguments. */
public record Messages(ResourceBundle bundle) {
    public static final Messages DEFAULT = new Messages(ResourceBundle.getBundle("app.kneecoach.ui.common.messages"));

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
