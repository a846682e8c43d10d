package app.kneecoach.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Command-line choices, each also settable by a system property (for {@code mvn javafx:run -D...}):
 * {@code --catalog PATH} ({@code kneecoach.catalog}) loads another catalog instead of the bundled one;
 * {@code --data-dir PATH} ({@code kneecoach.dataDir}) keeps the user's data somewhere other than the usual folder.
 */
public record AppOptions(Optional<Path> catalog, Optional<Path> dataDir) {
    public static final String CATALOG_PROPERTY = "kneecoach.catalog";
    public static final String DATA_DIR_PROPERTY = "kneecoach.dataDir";

    public static AppOptions parse(List<String> args) {
        return new AppOptions(
                pathOption(args, "--catalog", CATALOG_PROPERTY),
                pathOption(args, "--data-dir", DATA_DIR_PROPERTY));
    }

    /** The last {@code --name PATH} or {@code --name=PATH} in the arguments, else the system property. */
    private static Optional<Path> pathOption(List<String> args, String name, String property) {
        Optional<String> value = Optional.ofNullable(System.getProperty(property));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(name) && i + 1 < args.size()) {
                value = Optional.of(args.get(++i));
            } else if (arg.startsWith(name + "=")) {
                value = Optional.of(arg.substring(name.length() + 1));
            }
        }
        return value.filter(s -> !s.isBlank()).map(Path::of);
    }
}
