package app.kneecoach.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree plus the line and column where each value starts, keyed by field path.
 * Jackson's own tree drops locations, and error messages must point into the file.
 */
public record LocatedJson(JsonNode root, Map<String, JsonLocation> locations) {

    public static LocatedJson read(JsonParser parser) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        if (parser.nextToken() == null) {
            throw new IOException("the file is empty");
        }
        JsonNode root = new Builder(parser, locations).value("");
        if (parser.nextToken() != null) {
            throw new IOException("unexpected content after the end of the catalog at line "
                    + parser.currentTokenLocation().getLineNr());
        }
        return new LocatedJson(root, locations);
    }

    /** The location of the value at {@code path}, or of its nearest ancestor that has one. */
    public JsonLocation locate(String path) {
        String p = path;
        while (true) {
            JsonLocation loc = locations.get(p);
            if (loc != null || p.isEmpty()) {
                return loc;
            }
            p = FieldPath.parent(p);
        }
    }

    private record Builder(JsonParser parser, Map<String, JsonLocation> locations) {
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        JsonNode value(String path) throws IOException {
            locations.put(path, parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(path);
                case START_ARRAY -> array(path);
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new IOException("unexpected " + token);
            };
        }

        private ObjectNode object(String path) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String childPath = FieldPath.child(path, name);
                if (node.has(name)) {
                    throw new DuplicateFieldException(childPath, parser.currentTokenLocation());
                }
                parser.nextToken();
                node.set(name, value(childPath));
            }
            return node;
        }

        private ArrayNode array(String path) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(FieldPath.index(path, index++)));
            }
            return node;
        }
    }

    /** A field given twice in one object: JSON parsers silently keep one, which hides edits. */
    public static final class DuplicateFieldException extends IOException {
        final String path;
        final JsonLocation location;

        DuplicateFieldException(String path, JsonLocation location) {
            super("this field is given twice in the same object");
            this.path = path;
            this.location = location;
        }
    }
}
