package app.kneecoach.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Damaged variants of a real data file, made from a seed so every failure can be replayed: truncation,
 * flipped bytes, removed fields, values of the wrong type, extreme numbers, wrong encodings, deep
 * nesting and very large files.
 */
final class Mutations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Mutations() {
    }

    /** A named way of breaking a file. */
    record Mutation(String name, byte[] content) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Mutation> of(byte[] original, int count, long seed) {
        Random random = new Random(seed);
        List<UnaryOperator<byte[]>> kinds = List.of(
                bytes -> truncate(bytes, random),
                bytes -> flipBytes(bytes, random),
                bytes -> tree(bytes, random, Mutations::removeField),
                bytes -> tree(bytes, random, (node, r) -> replaceValue(node, r, JSON.getNodeFactory().textNode("x"))),
                bytes -> tree(bytes, random, (node, r) -> replaceValue(node, r, JSON.getNodeFactory().numberNode(-1))),
                bytes -> tree(bytes, random, (node, r) -> replaceValue(node, r, JSON.getNodeFactory().nullNode())),
                bytes -> tree(bytes, random, (node, r) -> replaceValue(node, r, JSON.getNodeFactory().arrayNode())),
                bytes -> tree(bytes, random, (node, r) -> replaceValue(node, r,
                        JSON.getNodeFactory().numberNode(new java.math.BigInteger("9".repeat(19))))),
                bytes -> new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16BE),
                bytes -> latin1(bytes),
                bytes -> ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
                bytes -> huge(bytes));
        List<String> names = List.of("truncated", "flipped bytes", "field removed", "value made text",
                "value made -1", "value made null", "value made a list", "huge number", "UTF-16", "Latin-1",
                "deep nesting", "very large");
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = i % kinds.size();
            mutations.add(new Mutation(names.get(kind) + " #" + i, kinds.get(kind).apply(original.clone())));
        }
        return mutations;
    }

    private static byte[] truncate(byte[] bytes, Random random) {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        for (int i = 0; i < 3; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] latin1(byte[] bytes) {
        // Typographic quotes and accents as single Latin-1 bytes: invalid UTF-8.
        String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"name\": \"", "\"name\": \"caf\u00e9 ");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] huge(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf('"', text.indexOf("\"name\"") + 7) + 1;
        return (text.substring(0, at) + "A".repeat(5 * 1024 * 1024) + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private interface TreeChange {
        void apply(JsonNode root, Random random);
    }

    private static byte[] tree(byte[] bytes, Random random, TreeChange change) {
        try {
            JsonNode root = JSON.readTree(bytes);
            change.apply(root, random);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random container somewhere in the tree that has at least one child. */
    private static ContainerNode<?> pick(JsonNode root, Random random) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(root, containers);
        return containers.get(random.nextInt(containers.size()));
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> into) {
        if (node instanceof ContainerNode<?> container && node.size() > 0) {
            into.add(container);
        }
        node.forEach(child -> collect(child, into));
    }

    private static void removeField(JsonNode root, Random random) {
        ContainerNode<?> container = pick(root, random);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.remove(names.get(random.nextInt(names.size())));
        } else {
            ((ArrayNode) container).remove(random.nextInt(container.size()));
        }
    }

    private static void replaceValue(JsonNode root, Random random, JsonNode value) {
        ContainerNode<?> container = pick(root, random);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(names.get(random.nextInt(names.size())), value);
        } else {
            ((ArrayNode) container).set(random.nextInt(container.size()), value);
        }
    }
}
