package app.kneecoach.userdata;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the user's own data lives: the per-user data folder each operating system expects. */
public final class DataDirectory {
    static final String FOLDER = "knee-coach";
    static final String FOLDER_TITLE = "Knee Coach";

    private DataDirectory() {
    }

    /** The folder for this machine and user. */
    public static Path forThisUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Linux and other Unix: {@code $XDG_DATA_HOME/knee-coach}, else {@code ~/.local/share/knee-coach};
     * macOS: {@code ~/Library/Application Support/Knee Coach}; Windows: {@code %APPDATA%\Knee Coach}.
     */
    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(FOLDER_TITLE);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(FOLDER_TITLE);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(FOLDER);
        }
        return home.resolve(".local").resolve("share").resolve(FOLDER);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
