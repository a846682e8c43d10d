package app.kneecoach.userdata;

import app.kneecoach.json.JsonObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Where the main window was, in {@code window.json}; none at first, a damaged file is set aside. */
public final class WindowStore {
    public static final String FILE = "window.json";
    static final int SCHEMA_VERSION = 1;
    static final long MAX_BYTES = 4 * 1024;

    private final Path file;
    private Optional<WindowPlacement> placement;

    private WindowStore(Path file, Optional<WindowPlacement> placement) {
        this.file = file;
        this.placement = placement;
    }

    public record Opened(WindowStore store, Optional<StoreNotice> notice) {
    }

    public static Opened open(Path dir, Clock clock) {
        Path file = dir.resolve(FILE);
        DataFile.Loaded<WindowPlacement> loaded = DataFile.loadObject(file, MAX_BYTES, WindowStore::placement, clock);
        return new Opened(new WindowStore(file, loaded.value()), loaded.notice());
    }

    public Optional<WindowPlacement> placement() {
        return placement;
    }

    public void save(WindowPlacement changed) throws IOException {
        ObjectNode root = PrettyJson.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("x", changed.x());
        root.put("y", changed.y());
        root.put("width", changed.width());
        root.put("height", changed.height());
        root.put("maximized", changed.maximized());
        AtomicFiles.write(file, PrettyJson.bytes(root));
        placement = Optional.of(changed);
    }

    private static Optional<WindowPlacement> placement(JsonObjectReader r) {
        int max = WindowPlacement.MAX_EXTENT;
        var version = r.integer("schemaVersion", SCHEMA_VERSION, SCHEMA_VERSION);
        var x = r.integer("x", -max, max);
        var y = r.integer("y", -max, max);
        var width = r.integer("width", 1, max);
        var height = r.integer("height", 1, max);
        var maximized = r.bool("maximized");
        r.rejectUnknownFields();
        if (version.isEmpty() || x.isEmpty() || y.isEmpty() || width.isEmpty() || height.isEmpty()
                || maximized.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement(x.getAsInt(), y.getAsInt(), width.getAsInt(), height.getAsInt(),
                maximized.get()));
    }
}
