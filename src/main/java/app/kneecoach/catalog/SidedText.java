package app.kneecoach.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of an exercise that names the leg being worked. The article describes the right leg first, so the
 * catalog marks each side word as {@code {side}} (the leg under way: "right" as written) or {@code {otherSide}}
 * (the resting leg: "left" as written); side words that never change, such as "alternating left and right", stay
 * plain words.
 *
 * @param template the catalog's text with its side words marked
 */
public record SidedText(String template) {
    public static final String SIDE = "{side}";
    public static final String OTHER_SIDE = "{otherSide}";
    private static final Pattern MARK = Pattern.compile("\\{[^{}]*}");

    public SidedText {
        List<String> problems = problems(template);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
    }

    /** As the article writes it: for the right leg. */
    public String asWritten() {
        return words("right", "left");
    }

    /** For the left leg: every marked side word turned to the other side, the rest unchanged. */
    public String mirrored() {
        return words("left", "right");
    }

    /** Whether the text has a marked side word, so it reads differently for each leg. */
    public boolean namesASide() {
        return template.contains(SIDE) || template.contains(OTHER_SIDE);
    }

    private String words(String side, String otherSide) {
        return template.replace(SIDE, side).replace(OTHER_SIDE, otherSide);
    }

    /** What is wrong with the marks in a catalog text, each in words with its position; empty when none. */
    static List<String> problems(String template) {
        List<String> found = new ArrayList<>();
        Matcher mark = MARK.matcher(template);
        StringBuilder rest = new StringBuilder();
        while (mark.find()) {
            if (!mark.group().equals(SIDE) && !mark.group().equals(OTHER_SIDE)) {
                found.add("unknown side word \"" + mark.group() + "\" at character " + (mark.start() + 1)
                        + "; use " + SIDE + " or " + OTHER_SIDE);
            }
            mark.appendReplacement(rest, "");
        }
        mark.appendTail(rest);
        lone(rest.toString()).ifPresent(found::add);
        return found;
    }

    private static Optional<String> lone(String unmarked) {
        int brace = Math.max(unmarked.indexOf('{'), unmarked.indexOf('}'));
        return brace < 0 ? Optional.empty()
                : Optional.of("has a \"" + unmarked.charAt(brace) + "\" outside a side word such as " + SIDE);
    }
}
