package app.kneecoach.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * The colours a stylesheet names on its root, per theme, read from the sheet's own text: {@code .root} holds
 * the light theme's, and each {@code .root.theme-x} what theme x redefines (the rest it takes from the light
 * one, as the cascade does). Also what the other rules declare, to find literal colours written outside them.
 */
final class Palette {
    static final String LIGHT = "light";
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern THEME = Pattern.compile("\\.root\\.theme-([a-z-]+)");
    private static final Pattern COLOUR_FUNCTION = Pattern.compile("\\b(rgba?|hsla?)\\s*\\(");
    private static final Set<String> NOT_COLOURS = Set.of("transparent", "null", "inherit");

    /** Theme, then name, then value as written; the light theme first. */
    private final Map<String, Map<String, String>> themes = new LinkedHashMap<>();
    /** Every other rule: selector, then property, then value. */
    private final Map<String, Map<String, String>> rules = new LinkedHashMap<>();

    private Palette() {
        themes.put(LIGHT, new LinkedHashMap<>());
    }

    /** Stylesheets beside this class, read in order as one. */
    static Palette read(String... stylesheets) {
        StringBuilder text = new StringBuilder();
        for (String name : stylesheets) {
            try (InputStream in = Palette.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no stylesheet " + name + " beside " + Palette.class);
                }
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parse(text.toString());
    }

    static Palette parse(String css) {
        Palette palette = new Palette();
        Matcher rule = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            Map<String, String> declarations = declarations(rule.group(2));
            for (String selector : rule.group(1).split(",")) {
                palette.add(selector.trim(), declarations);
            }
        }
        return palette;
    }

    private void add(String selector, Map<String, String> declarations) {
        Matcher theme = THEME.matcher(selector);
        if (selector.equals(".root")) {
            themes.get(LIGHT).putAll(declarations);
        } else if (theme.matches()) {
            themes.computeIfAbsent(theme.group(1), t -> new LinkedHashMap<>()).putAll(declarations);
        } else {
            rules.computeIfAbsent(selector, s -> new LinkedHashMap<>()).putAll(declarations);
        }
    }

    private static Map<String, String> declarations(String body) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : body.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
            }
        }
        return declarations;
    }

    List<String> themes() {
        return List.copyOf(themes.keySet());
    }

    /** The names the palette gives a colour of its own (not another name's), in any theme. */
    Set<String> colourNames() {
        Set<String> names = new TreeSet<>();
        themes.values().forEach(values -> values.forEach((name, value) -> {
            if (isLiteralColour(value)) {
                names.add(name);
            }
        }));
        return names;
    }

    /** A looked-up colour in a theme, following names that stand for other names. */
    Color colour(String theme, String name) {
        String value = name;
        for (int hops = 0; value.startsWith("-"); hops++) {
            String looked = themes.get(theme).getOrDefault(value, themes.get(LIGHT).get(value));
            if (looked == null || hops > 10) {
                throw new IllegalArgumentException(theme + " theme: " + name + " is not a colour of the palette");
            }
            value = looked;
        }
        try {
            return Color.web(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(theme + " theme: " + name + " is " + value
                    + ", which this check cannot read as a colour: name one in the palette instead", e);
        }
    }

    /** What a rule outside the palette declares, or null. */
    String declared(String selector, String property) {
        return rules.getOrDefault(selector, Map.of()).get(property);
    }

    /** "selector { property: value }" for every declaration outside the palette that writes a colour itself. */
    List<String> literalColours() {
        List<String> found = new ArrayList<>();
        rules.forEach((selector, declarations) -> declarations.forEach((property, value) -> {
            if (COLOUR_FUNCTION.matcher(value).find()
                    || List.of(value.split("[\\s,()]+")).stream().anyMatch(Palette::isLiteralColour)) {
                found.add(selector + " { " + property + ": " + value + " }");
            }
        }));
        return found;
    }

    /** #hex or a colour's name; not looked-up names, numbers, quoted fonts or "transparent". */
    private static boolean isLiteralColour(String token) {
        if (token.isEmpty() || token.startsWith("-") || token.startsWith("\"") || Character.isDigit(token.charAt(0))
                || NOT_COLOURS.contains(token)) {
            return false;
        }
        try {
            Color.web(token);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
