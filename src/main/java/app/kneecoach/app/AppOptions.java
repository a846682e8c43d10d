package app.kneecoach.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Command-line choices: {@code --catalog PATH} loads another catalog instead of the bundled one
 * (the system property {@code kneecoach.catalog} does the same, for {@code mvn javafx:run -D...}).
 */
public record AppOptions(Optional<Path> catalog) {
    public static final String CATALOG_PROPERTY = "kneecoach.catalog";

    public static AppOptions parse(List<String> args) {
        Optional<Path> catalog = Optional.ofNullable(System.getProperty(CATALOG_PROPERTY))
                .filter(s -> !s.isBlank()).map(Path::of);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--catalog") && i + 1 < args.size()) {
                catalog = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--catalog=")) {
                catalog = Optional.of(Path.of(arg.substring("--catalog=".length())));
            }
        }
        return new AppOptions(catalog);
    }
}
