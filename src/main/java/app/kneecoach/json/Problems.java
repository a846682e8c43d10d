package app.kneecoach.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects every problem found while reading one file, each pinned to its line and column. */
public final class Problems {
    private final String file;
    private final Function<String, JsonLocation> locator;
    private final List<FileProblem> found = new ArrayList<>();

    public Problems(String file, Function<String, JsonLocation> locator) {
        this.file = file;
        this.locator = locator;
    }

    public void add(String path, String message) {
        JsonLocation loc = locator.apply(path);
        add(path, loc, message);
    }

    public void add(String path, JsonLocation loc, String message) {
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        found.add(new FileProblem(file, path, line, column, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FileProblem> list() {
        return List.copyOf(found);
    }
}
