package app.kneecoach.ui.testing;

import javafx.scene.paint.Color;

/**
 * WCAG 2.1 contrast: the relative luminance of an sRGB colour and the ratio of two (1:1 to 21:1).
 * Plain arithmetic on {@link Color} values, so it needs no JavaFX toolkit.
 */
public final class Contrast {
    /** Text at least 4.5:1 (WCAG 2.1, 1.4.3, level AA). */
    public static final double TEXT = 4.5;
    /** Control boundaries, focus rings, states and graphics at least 3:1 (1.4.11). */
    public static final double NON_TEXT = 3;

    private Contrast() {
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.1's relative luminance: each channel made linear, weighted as the eye sees them. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** A (partly transparent) colour painted over an opaque one, blended channel by channel as JavaFX does. */
    public static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** #rrggbb, or #rrggbbaa when not opaque: how the stylesheet writes it. */
    public static String hex(Color c) {
        String rgb = String.format("#%02x%02x%02x", channel(c.getRed()), channel(c.getGreen()), channel(c.getBlue()));
        return c.isOpaque() ? rgb : rgb + String.format("%02x", channel(c.getOpacity()));
    }

    private static int channel(double value) {
        return (int) Math.round(value * 255);
    }
}
