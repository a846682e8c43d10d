package app.kneecoach.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
