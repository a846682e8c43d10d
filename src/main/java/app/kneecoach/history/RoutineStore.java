package app.kneecoach.history;

import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.catalog.RoutineReader;
import app.kneecoach.json.JsonObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * The user's own routines in {@code routines.json}: created, renamed, duplicated, reordered and deleted
 * here, each change written atomically. An unreadable file is set aside and reported, like the history.
 */
public final class RoutineStore {
    public static final String FILE = "routines.json";
    static final int SCHEMA_VERSION = 1;
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Path file;
    private List<Routine> routines;

    private RoutineStore(Path file, List<Routine> routines) {
        this.file = file;
        this.routines = List.copyOf(routines);
    }

    public record Opened(RoutineStore store, Optional<StoreNotice> notice) {
    }

    public static Opened open(Path dir, Clock clock) {
        Path file = dir.resolve(FILE);
        DataFile.Read<List<Routine>> read = DataFile.read(file, MAX_BYTES, (problems, json) ->
                JsonObjectReader.of(json, "", problems).flatMap(r -> {
                    var version = r.integer("schemaVersion", SCHEMA_VERSION, SCHEMA_VERSION);
                    var list = r.readableObjects("routines", new RoutineReader(false)::routine);
                    r.rejectUnknownFields();
                    return version.isPresent() ? list : Optional.empty();
                }));
        RoutineStore store = new RoutineStore(file, read.value().orElse(List.of()));
        if (read.problems().isEmpty()) {
            return new Opened(store, Optional.empty());
        }
        Optional<Path> keptAs;
        try {
            keptAs = Optional.of(SetAside.move(file, clock));
            if (!store.routines.isEmpty()) {
                store.save();
            }
        } catch (IOException e) {
            keptAs = Optional.empty();
        }
        return new Opened(store, Optional.of(new StoreNotice(file, read.problems(), keptAs, store.routines.size())));
    }

    public List<Routine> routines() {
        return routines;
    }

    public Routine create(String name) throws IOException {
        Routine routine = new Routine(freshId(), name, "", List.of());
        replaceAll(list -> append(list, routine));
        return routine;
    }

    /** A copy the user can change, of a built-in routine or one of their own. */
    public Routine duplicate(Routine source, String name) throws IOException {
        Routine copy = new Routine(freshId(), name, source.description(), source.items());
        replaceAll(list -> append(list, copy));
        return copy;
    }

    public Routine rename(String id, String name) throws IOException {
        return update(id, r -> new Routine(r.id(), name, r.description(), r.items()));
    }

    public void delete(String id) throws IOException {
        replaceAll(list -> list.stream().filter(r -> !r.id().equals(id)).toList());
    }

    public Routine addItem(String id, RoutineItem item) throws IOException {
        return updateItems(id, items -> items.add(item));
    }

    public Routine removeItem(String id, int index) throws IOException {
        return updateItems(id, items -> items.remove(index));
    }

    public Routine setItem(String id, int index, RoutineItem item) throws IOException {
        return updateItems(id, items -> items.set(index, item));
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}); at either end nothing moves. */
    public Routine moveItem(String id, int index, int by) throws IOException {
        return updateItems(id, items -> {
            int to = index + by;
            if (to >= 0 && to < items.size()) {
                items.add(to, items.remove(index));
            }
        });
    }

    private interface ItemsChange {
        void apply(List<RoutineItem> items);
    }

    private Routine updateItems(String id, ItemsChange change) throws IOException {
        return update(id, r -> {
            List<RoutineItem> items = new ArrayList<>(r.items());
            change.apply(items);
            return new Routine(r.id(), r.name(), r.description(), items);
        });
    }

    private Routine update(String id, UnaryOperator<Routine> change) throws IOException {
        Routine changed = change.apply(routines.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no routine " + id)));
        replaceAll(list -> list.stream().map(r -> r.id().equals(id) ? changed : r).toList());
        return changed;
    }

    private void replaceAll(UnaryOperator<List<Routine>> change) throws IOException {
        List<Routine> before = routines;
        routines = List.copyOf(change.apply(routines));
        try {
            save();
        } catch (IOException e) {
            routines = before;
            throw e;
        }
    }

    private static List<Routine> append(List<Routine> list, Routine routine) {
        List<Routine> all = new ArrayList<>(list);
        all.add(routine);
        return all;
    }

    private String freshId() {
        int n = 1;
        while (exists("my-routine-" + n)) {
            n++;
        }
        return "my-routine-" + n;
    }

    private boolean exists(String id) {
        return routines.stream().anyMatch(r -> r.id().equals(id));
    }

    private void save() throws IOException {
        ObjectNode root = PrettyJson.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode list = root.putArray("routines");
        for (Routine r : routines) {
            ObjectNode node = list.addObject();
            node.put("id", r.id());
            node.put("name", r.name());
            if (!r.description().isEmpty()) {
                node.put("description", r.description());
            }
            ArrayNode items = node.putArray("items");
            for (RoutineItem item : r.items()) {
                ObjectNode i = items.addObject();
                i.put("exercise", item.exerciseId());
                item.variation().ifPresent(v -> i.put("variation", v));
                putInt(i, "target", item.target());
                putInt(i, "sets", item.sets());
            }
        }
        AtomicFiles.write(file, PrettyJson.bytes(root));
    }

    private static void putInt(ObjectNode node, String field, OptionalInt value) {
        value.ifPresent(v -> node.put(field, v));
    }
}
