package app.kneecoach.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object, reporting every missing, mistyped or unknown field
 * to {@link Problems} instead of stopping at the first. A field that cannot be read yields
 * an empty result, so callers build a record only when all its parts are present.
 */
public final class JsonObjectReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final JsonValues values;
    private final Set<String> known = new HashSet<>();

    private JsonObjectReader(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.values = new JsonValues(problems);
    }

    /** A reader for {@code node}, or empty (with a problem reported) when it is not an object. */
    public static Optional<JsonObjectReader> of(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be an object { ... }, found " + JsonValues.describe(node));
            return Optional.empty();
        }
        return Optional.of(new JsonObjectReader(node, path, problems));
    }

    public String path() {
        return path;
    }

    public String pathOf(String field) {
        return FieldPath.child(path, field);
    }

    /** A required, non-blank text. */
    public Optional<String> text(String field) {
        return present(field).flatMap(value -> values.text(value, pathOf(field)));
    }

    public Optional<String> optionalText(String field) {
        return optional(field).flatMap(value -> values.text(value, pathOf(field)));
    }

    /** A required text that is a lower-case hyphenated identifier. */
    public Optional<String> id(String field) {
        return text(field).filter(value -> {
            boolean ok = ID.matcher(value).matches();
            if (!ok) {
                problems.add(pathOf(field), "must be lower-case words joined by hyphens, like \"side-lunge-stretch\"; found \""
                        + value + "\"");
            }
            return ok;
        });
    }

    public <E extends Enum<E> & Keyed> Optional<E> key(String field, Class<E> type) {
        return text(field).flatMap(value -> keyed(field, type, value));
    }

    /** One of the keys of {@code type}, or empty when the field is left out (a wrong key is a problem). */
    public <E extends Enum<E> & Keyed> Optional<E> optionalKey(String field, Class<E> type) {
        return optionalText(field).flatMap(value -> keyed(field, type, value));
    }

    private <E extends Enum<E> & Keyed> Optional<E> keyed(String field, Class<E> type, String value) {
        Optional<E> found = Keyed.fromKey(type, value);
        if (found.isEmpty()) {
            problems.add(pathOf(field), "must be one of " + Keyed.keys(type) + "; found \"" + value + "\"");
        }
        return found;
    }

    /** A required whole number within [min, max]. */
    public OptionalInt integer(String field, int min, int max) {
        Optional<JsonNode> value = present(field);
        return value.isEmpty() ? OptionalInt.empty() : values.integer(value.get(), pathOf(field), min, max);
    }

    public OptionalInt optionalInteger(String field, int min, int max) {
        Optional<JsonNode> value = optional(field);
        return value.isEmpty() ? OptionalInt.empty() : values.integer(value.get(), pathOf(field), min, max);
    }

    public Optional<Boolean> bool(String field) {
        return present(field).flatMap(value -> values.bool(value, pathOf(field)));
    }

    public Optional<Boolean> optionalBoolean(String field) {
        return optional(field).flatMap(value -> values.bool(value, pathOf(field)));
    }

    public Optional<JsonObjectReader> object(String field) {
        return present(field).flatMap(value -> of(value, pathOf(field), problems));
    }

    public Optional<JsonObjectReader> optionalObject(String field) {
        return optional(field).flatMap(value -> of(value, pathOf(field), problems));
    }

    /** A required list of non-blank texts; {@code nonEmpty} demands at least one. */
    public Optional<List<String>> texts(String field, boolean nonEmpty) {
        return elements(field, nonEmpty, values::text);
    }

    /** An optional list of non-blank texts: absent means empty. */
    public Optional<List<String>> optionalTexts(String field) {
        if (!node.has(field)) {
            known.add(field);
            return Optional.of(List.of());
        }
        return texts(field, false);
    }

    /** A required list of objects, each read by {@code reader}; empty if any element is unreadable. */
    public <T> Optional<List<T>> objects(String field, boolean nonEmpty, Function<JsonObjectReader, Optional<T>> reader) {
        return elements(field, nonEmpty, (value, at) -> of(value, at, problems).flatMap(reader));
    }

    /**
     * A required list of objects, keeping those that read cleanly: for user data, where one damaged
     * entry must not cost the rest. Problems in the others are still reported.
     */
    public <T> Optional<List<T>> readableObjects(String field, Function<JsonObjectReader, Optional<T>> reader) {
        return elements(field, false, (value, at) -> Optional.of(of(value, at, problems).flatMap(reader)))
                .map(list -> list.stream().flatMap(Optional::stream).toList());
    }

    /** An optional list of objects: absent means empty. */
    public <T> Optional<List<T>> optionalObjects(String field, Function<JsonObjectReader, Optional<T>> reader) {
        if (!node.has(field)) {
            known.add(field);
            return Optional.of(List.of());
        }
        return objects(field, false, reader);
    }

    /** Whether every part was read: no empty Optional or OptionalInt among them. */
    public static boolean allRead(Object... parts) {
        for (Object part : parts) {
            if (part instanceof Optional<?> o && o.isEmpty() || part instanceof OptionalInt i && i.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Reports a problem on a field of this object. */
    public void problem(String field, String message) {
        problems.add(pathOf(field), message);
    }

    /** Reports any field that no read asked for: most often a misspelt name. */
    public void rejectUnknownFields() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(pathOf(name), "unknown field \"" + name + "\"; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    private interface ElementReader<T> {
        Optional<T> read(JsonNode value, String path);
    }

    private <T> Optional<List<T>> elements(String field, boolean nonEmpty, ElementReader<T> reader) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        JsonNode array = value.get();
        String at = pathOf(field);
        if (!array.isArray()) {
            problems.add(at, "must be a list [ ... ], found " + JsonValues.describe(array));
            return Optional.empty();
        }
        if (nonEmpty && array.isEmpty()) {
            problems.add(at, "must not be empty");
            return Optional.empty();
        }
        List<Optional<T>> read = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            read.add(reader.read(array.get(i), FieldPath.index(at, i)));
        }
        if (read.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(read.stream().map(Optional::get).toList());
    }

    private Optional<JsonNode> present(String field) {
        known.add(field);
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(pathOf(field), value == null ? "is missing" : "must not be null");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<JsonNode> optional(String field) {
        known.add(field);
        return Optional.ofNullable(node.get(field)).filter(Objects::nonNull).filter(v -> !v.isNull());
    }
}
