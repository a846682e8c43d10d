package app.kneecoach.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Parses a data file into a located tree, turning every way JSON can be broken into a problem, never an exception. */
public final class JsonDocuments {
    private static final int MAX_DEPTH = 32;

    private JsonDocuments() {
    }

    /** The outcome of parsing: a tree with locations, or what made it unreadable. */
    public sealed interface Parsed {
    }

    public record Ok(LocatedJson json) implements Parsed {
    }

    public record Bad(List<FileProblem> problems) implements Parsed {
    }

    /**
     * @param fileName used only in messages
     * @param maxBytes larger content is refused before parsing, so a runaway file cannot exhaust memory
     */
    public static Parsed parse(String fileName, byte[] content, long maxBytes) {
        if (content.length > maxBytes) {
            return bad(fileName, "is larger than " + maxBytes / 1024 + " KB, the most this file may be");
        }
        try (JsonParser parser = factory(maxBytes).createParser(content)) {
            return new Ok(LocatedJson.read(parser));
        } catch (LocatedJson.DuplicateFieldException e) {
            Problems problems = new Problems(fileName, path -> null);
            problems.add(e.path, e.location, e.getMessage());
            return new Bad(problems.list());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            return new Bad(List.of(new FileProblem(fileName, "", loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "is not valid JSON: " + plain(e.getOriginalMessage()))));
        } catch (IOException | RuntimeException e) {
            return bad(fileName, "is not valid JSON: " + e.getMessage());
        }
    }

    /**
     * A plain tree, several times faster than {@link #parse} for large files because it records no
     * locations; empty when the content is not clean JSON (then {@link #parse} explains why).
     */
    public static Optional<JsonNode> quickTree(byte[] content, long maxBytes) {
        if (content.length > maxBytes) {
            return Optional.empty();
        }
        ObjectMapper mapper = new ObjectMapper(factory(maxBytes))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            JsonNode root = mapper.readTree(content);
            return root == null || root.isMissingNode() ? Optional.empty() : Optional.of(root);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What can be read of a broken document (e.g. cut short by a full disk): the values before the point
     * where it breaks. A record left unfinished there (an object or array inside an array) is dropped, so a
     * reader never mistakes half a routine or half a session for a whole one. Empty when nothing was read.
     */
    public static Optional<JsonNode> salvage(byte[] content, long maxBytes) {
        if (content.length > maxBytes) {
            return Optional.empty();
        }
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        JsonNode[] root = new JsonNode[1];
        String field = null;
        try (JsonParser parser = factory(maxBytes).createParser(content)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    ContainerNode<?> container = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    attach(open, field, container, root);
                    open.push(container);
                } else {
                    attach(open, field, scalar(parser, token), root);
                }
                field = null;
            }
        } catch (IOException | RuntimeException e) {
            dropUnfinishedRecords(open);
        }
        return Optional.ofNullable(root[0]);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT
                    ? NODES.numberNode(parser.getIntValue()) : NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            default -> NODES.nullNode();
        };
    }

    private static void attach(Deque<ContainerNode<?>> open, String field, JsonNode value, JsonNode[] root) {
        ContainerNode<?> parent = open.peek();
        if (parent == null) {
            root[0] = value;
        } else if (parent instanceof ArrayNode array) {
            array.add(value);
        } else {
            ((ObjectNode) parent).set(field, value);
        }
    }

    private static void dropUnfinishedRecords(Deque<ContainerNode<?>> open) {
        List<ContainerNode<?>> innerFirst = new ArrayList<>(open);
        for (int i = 0; i + 1 < innerFirst.size(); i++) {
            if (innerFirst.get(i + 1) instanceof ArrayNode parent) {
                parent.remove(parent.size() - 1);
            }
        }
    }

    private static JsonFactory factory(long maxBytes) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                        .maxNumberLength(20)
                        .build())
                .build();
    }

    /** Jackson's message without its internal source description, which means nothing to a user. */
    static String plain(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\(for (Array|Object) starting at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*at \\[Source:.*?\\]", "").strip();
    }

    public static Bad bad(String fileName, String message) {
        return new Bad(List.of(new FileProblem(fileName, "", 0, 0, message)));
    }
}
