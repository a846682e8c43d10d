package app.kneecoach.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One JSON value checked against what its field needs (non-blank text, a whole number in a range, true or false),
 * a wrong one reported to {@link Problems} with what was found instead.
 */
final class JsonValues {
    private final Problems problems;

    JsonValues(Problems problems) {
        this.problems = problems;
    }

    Optional<String> text(JsonNode value, String at) {
        if (!value.isTextual()) {
            problems.add(at, "must be text in quotes, found " + describe(value));
            return Optional.empty();
        }
        if (value.textValue().isBlank()) {
            problems.add(at, "must not be blank");
            return Optional.empty();
        }
        return Optional.of(value.textValue().strip());
    }

    OptionalInt integer(JsonNode value, String at, int min, int max) {
        if (!value.isIntegralNumber()) {
            problems.add(at, "must be a whole number, found " + describe(value));
            return OptionalInt.empty();
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            problems.add(at, "must be between " + min + " and " + max + ", found " + value.asText());
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.intValue());
    }

    Optional<Boolean> bool(JsonNode value, String at) {
        if (!value.isBoolean()) {
            problems.add(at, "must be true or false, found " + describe(value));
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** A value as a problem message names it: "text \"abc\"", "the number 3", "a list". */
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "text \"" + abbreviate(value.textValue()) + "\"";
        }
        if (value.isNumber()) {
            return "the number " + abbreviate(value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
