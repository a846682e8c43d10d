package app.kneecoach.catalog;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A small valid catalog and tools to break it in precise ways. */
final class CatalogFixtures {
    static final ObjectMapper JSON = new ObjectMapper();

    private CatalogFixtures() {
    }

    static String minimalText() {
        try (InputStream in = CatalogFixtures.class.getResourceAsStream("/catalog/minimal.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode minimal() {
        try {
            return (ObjectNode) JSON.readTree(minimalText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets (or with {@code null}, removes) the value at a JSON pointer such as {@code /exercises/0/name};
     * an index one past the end appends.
     */
    static ObjectNode set(ObjectNode root, String pointer, Object value) {
        JsonPointer ptr = JsonPointer.compile(pointer);
        JsonNode parent = root.at(ptr.head());
        String last = ptr.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            int index = ptr.last().getMatchingIndex();
            if (value == null) {
                array.remove(index);
            } else if (index == array.size()) {
                array.add(JSON.valueToTree((Object) value));
            } else {
                array.set(index, JSON.valueToTree(value));
            }
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, JSON.valueToTree(value));
        }
        return root;
    }

    static String pretty(JsonNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
