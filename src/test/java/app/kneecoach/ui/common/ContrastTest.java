package app.kneecoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.ui.testing.Contrast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * Contrast by numbers (WCAG 2.1 AA): every pair of colours the stylesheets put text or a control's outline on,
 * in every theme, from the palette as app.css and figures.css define it. A colour is a palette name; "A over B"
 * is a see-through A painted on B, "A in .rule" is A at that rule's opacity. Every colour the palette names is
 * in a pair here or said below to be decorative, and no other rule writes a colour of its own.
 */
class ContrastTest {
    private static final Palette PALETTE = Palette.read("app.css", "figures.css");

    private static final List<Pair> PAIRS = List.of(
            text("-kc-ink", "-kc-bg", "text on the page"),
            text("-kc-ink", "-kc-surface", "text on a card or a button, typed in a field"),
            text("-kc-ink", "-kc-accent-soft", "text on the start card, a notice, a hovered exercise, the muted toggle"),
            text("-kc-ink", "-kc-caution-soft", "text in a caution card, a data banner, the save bar"),
            text("-kc-ink", "-kc-warn-soft", "text in the avoid and help cards"),
            text("-kc-muted", "-kc-bg", "muted text on the page: leads, captions, summaries, hints, counts"),
            text("-kc-muted", "-kc-surface", "muted text on a card or a button: field captions, key hints"),
            text("-kc-muted", "-kc-accent-soft", "muted text on the start card or a hovered exercise"),
            text("-kc-accent", "-kc-bg", "accent text on the page: small headings, the player's phase, markers"),
            text("-kc-accent", "-kc-surface", "accent text on a card: the dosage, headings and markers"),
            text("-kc-accent", "-kc-accent-soft", "the category chip"),
            text("-kc-accent", "-kc-caution-soft", "list markers in a data banner"),
            text("-kc-accent", "-kc-warn-soft", "list markers in the avoid and help cards"),
            text("-kc-on-accent", "-kc-accent", "primary buttons, the chosen rating and exercise, selected text"),
            text("-kc-on-accent", "-kc-accent-hover", "a primary button under the pointer"),
            text("-kc-warn", "-kc-bg", "problems and the error title on the page"),
            text("-kc-warn", "-kc-surface", "End and It hurts, a setting not saved"),
            text("-kc-warn", "-kc-warn-soft", "the avoid and help cards' headings"),
            text("-kc-warn", "-kc-caution-soft", "a failed save in a banner"),
            text("-kc-caution", "-kc-caution-soft", "a caution card's heading, the player's paused note"),
            text("-kc-sidebar-ink", "-kc-sidebar", "the app's title and the sections in the sidebar"),
            text("-kc-sidebar-ink", "-kc-sidebar-hover over -kc-sidebar", "a section under the pointer"),
            text("-kc-sidebar", "-kc-sidebar-chosen", "the chosen section"),
            text("-kc-sidebar-warn", "-kc-sidebar-chosen", "Avoid, chosen"),
            text("-kc-ink in .set-track", "-kc-bg", "a set track that is not the current one"),
            text("-kc-ink in .set-track", "-kc-surface", "a set track that is not the current one, paused"),
            // WCAG counts a field's hint as text: 4.5:1, not the 3:1 of an outline.
            text("-kc-placeholder", "-kc-surface", "a text field's hint (search, note)"),
            shape("-kc-field-border", "-kc-bg", "a field's outline on the page: search, note, progress track"),
            shape("-kc-field-border", "-kc-surface", "a field's outline on a card, on the paused player"),
            shape("-kc-field-border", "-kc-accent-soft", "a number box's outline on the start card"),
            shape("-fx-focus-color", "-kc-bg", "the focus ring on the page"),
            shape("-fx-focus-color", "-kc-surface", "the focus ring on a card"),
            shape("-fx-focus-color", "-kc-accent-soft", "the focus ring on the start card"),
            shape("-kc-sidebar-focus", "-kc-sidebar", "the focus ring in the sidebar"),
            shape("-kc-sidebar-chosen", "-kc-sidebar", "the chosen section's tab"),
            shape("-kc-accent", "-kc-bg", "a chosen rating or exercise on the page, the set dots, the chart's bars"),
            shape("-kc-accent", "-kc-surface", "a chosen rating beside the others, the progress bar in its track"),
            shape("-kc-accent in .set-track", "-kc-bg", "the dots of a set track that is not the current one"),
            shape("-kc-accent in .set-track", "-kc-surface", "the dots of a set track that is not current, paused"),
            shape("-kc-warn", "-kc-bg", "the pain line in the history chart"),
            shape("-kc-caution", "-kc-surface", "the player's progress bar in its track after It hurts"),
            shape("-kc-figure-body", "-kc-figure-paper", "a figure's body"),
            shape("-kc-figure-active", "-kc-figure-paper", "the limb that moves"),
            shape("-kc-figure-arrow", "-kc-figure-paper", "the arrow of the movement"),
            shape("-kc-figure-strap", "-kc-figure-paper", "a strap"),
            shape("-kc-figure-prop", "-kc-figure-paper", "a prop's outline"));

    /** Palette colours that need no contrast, and why. */
    private static final Map<String, String> DECORATIVE = Map.ofEntries(
            Map.entry("-kc-border", "outlines of cards and buttons, which their fill and text make out"),
            Map.entry("-kc-caution-border", "a caution card's outline"),
            Map.entry("-kc-warn-border", "the avoid card's stripe"),
            Map.entry("-fx-faint-focus-color", "the soft halo around modena's focus ring; the ring is checked"),
            Map.entry("-fx-base", "modena's controls, whose ladders pick black or white text by its brightness"),
            Map.entry("-fx-accent", "modena's selections, whose ladders pick black or white text for it"),
            Map.entry("-kc-figure-frame", "the frame around a figure"),
            Map.entry("-kc-figure-far", "the far limbs: fainter on purpose, to show depth"),
            Map.entry("-kc-figure-active-far", "the far moving limb: fainter on purpose, to show depth"),
            Map.entry("-kc-figure-floor", "the floor the figure is drawn on"),
            Map.entry("-kc-figure-mat", "the mat the figure lies on"),
            Map.entry("-kc-figure-prop-fill", "inside a prop, whose outline is checked"));

    private record Pair(String fore, String back, double minimum, String what) {
        Stream<String> names() {
            return Stream.of(fore, back).flatMap(c -> Stream.of(c.split(" (over|in) "))).filter(n -> n.startsWith("-"));
        }
    }

    private static Pair text(String fore, String back, String what) {
        return new Pair(fore, back, Contrast.TEXT, what);
    }

    private static Pair shape(String fore, String back, String what) {
        return new Pair(fore, back, Contrast.NON_TEXT, what);
    }

    @Test
    void everyPairStandsOutEnoughInEveryTheme() {
        List<String> failures = new ArrayList<>();
        for (String theme : PALETTE.themes()) {
            for (Pair pair : PAIRS) {
                Color back = colour(theme, pair.back());
                Color fore = Contrast.over(colour(theme, pair.fore()), back);
                double ratio = Contrast.ratio(fore, back);
                if (ratio < pair.minimum()) {
                    failures.add(String.format("%s theme, %s: %s %s on %s %s is %.2f:1, needs %.1f:1", theme,
                            pair.what(), pair.fore(), Contrast.hex(fore), pair.back(), Contrast.hex(back), ratio,
                            pair.minimum()));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theThemesAreTheOnesTheSettingsOffer() {
        assertEquals(List.of(Palette.LIGHT, "dark", "high-contrast"), PALETTE.themes());
    }

    @Test
    void everyColourOfThePaletteIsCheckedOrSaidToBeDecorative() {
        Set<String> unchecked = new TreeSet<>(PALETTE.colourNames());
        PAIRS.stream().flatMap(Pair::names).forEach(unchecked::remove);
        unchecked.removeAll(DECORATIVE.keySet());
        assertEquals(Set.of(), unchecked, "add them to a pair, or to DECORATIVE with the reason");
        Set<String> stale = new TreeSet<>(DECORATIVE.keySet());
        stale.removeAll(PALETTE.colourNames());
        assertEquals(Set.of(), stale, "no longer in the palette");
    }

    @Test
    void noRuleWritesAColourOfItsOwn() {
        assertEquals(List.of(), PALETTE.literalColours(), "name the colour in the palette (each theme's root)");
    }

    @Test
    void theRatioIsWcags() {
        assertEquals(21, Contrast.ratio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(21, Contrast.ratio(Color.WHITE, Color.BLACK), 1e-9, "either way round");
        assertEquals(1, Contrast.ratio(Color.web("#777"), Color.web("#777")), 1e-9);
        assertEquals(4.48, Contrast.ratio(Color.web("#777"), Color.WHITE), 0.005);
        assertEquals(4.54, Contrast.ratio(Color.web("#767676"), Color.WHITE), 0.005, "the lightest grey passing 4.5");
        assertEquals(Color.web("#808080"), Contrast.over(Color.web("#ffffff80"), Color.BLACK));
    }

    @Test
    void aThemeTakesWhatItDoesNotRedefineFromTheLightOne() {
        Palette palette = Palette.parse("""
                /* a comment { -kc-x: red } */
                .root { -kc-paper: #fff; -kc-ink: -kc-paper; -kc-line: black; }
                .root.theme-night { -kc-paper: #000; }
                .card, .note { -fx-text-fill: red; -fx-border-color: -kc-line, transparent; -fx-opacity: 0.5; }
                """);
        assertEquals(List.of(Palette.LIGHT, "night"), palette.themes());
        assertEquals(Color.WHITE, palette.colour(Palette.LIGHT, "-kc-ink"));
        assertEquals(Color.BLACK, palette.colour("night", "-kc-ink"), "the light theme's name, the night's colour");
        assertEquals(Color.BLACK, palette.colour("night", "-kc-line"));
        assertEquals(Set.of("-kc-line", "-kc-paper"), palette.colourNames());
        assertEquals(List.of(".card { -fx-text-fill: red }", ".note { -fx-text-fill: red }"), palette.literalColours());
        assertEquals("0.5", palette.declared(".note", "-fx-opacity"));
    }

    private static Color colour(String theme, String spec) {
        String[] over = spec.split(" over ");
        if (over.length == 2) {
            return Contrast.over(colour(theme, over[0]), colour(theme, over[1]));
        }
        String[] faded = spec.split(" in ");
        if (faded.length == 2) {
            double opacity = Double.parseDouble(PALETTE.declared(faded[1], "-fx-opacity"));
            return colour(theme, faded[0]).deriveColor(0, 1, 1, opacity);
        }
        return PALETTE.colour(theme, spec);
    }
}
