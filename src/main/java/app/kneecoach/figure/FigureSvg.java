package app.kneecoach.figure;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A figure as an inline SVG element, for pages outside the window such as the printable handout. It draws what
 * the window's figure view draws, in the same order and with the same class names ({@code figure-leg
 * figure-active}, {@code figure-floor}...), so the page's style sheet gives the colours and widths.
 */
public final class FigureSvg {
    private FigureSvg() {
    }

    /** {@code frame} of the figure's box, scaled to whatever width the page gives it; {@code label} is read aloud. */
    public static String of(Figure figure, Frame frame, String label) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"figure\" role=\"img\" viewBox=\"").append(n(frame.x())).append(' ').append(n(frame.y()))
                .append(' ').append(n(frame.width())).append(' ').append(n(frame.height())).append("\" aria-label=\"")
                .append(label.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")).append("\">");
        figure.props().stream().filter(p -> p.kind() != PropKind.STRAP).forEach(p -> prop(svg, p));
        figure.limbsBackToFront().forEach(limb -> limb(svg, figure, limb));
        figure.props().stream().filter(p -> p.kind() == PropKind.STRAP).forEach(p -> prop(svg, p));
        for (Arrow arrow : figure.arrows()) {
            svg.append("<path class=\"figure-arrow\" d=\"M").append(xy(arrow.from())).append(" Q").append(xy(arrow.via()))
                    .append(' ').append(xy(arrow.to())).append("\"/>");
            svg.append("<polygon class=\"figure-arrow-head\" points=\"").append(points(arrow.head())).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static void limb(StringBuilder svg, Figure figure, Limb limb) {
        String classes = "figure-body" + (figure.active().contains(limb) ? " figure-active" : "")
                + (figure.far().contains(limb) ? " figure-far" : "");
        Pose pose = figure.pose();
        switch (limb) {
            case TORSO -> figure.back().ifPresentOrElse(
                    back -> svg.append("<path class=\"figure-torso figure-spine ").append(classes).append("\" d=\"M")
                            .append(xy(pose.at(Joint.RIGHT_HIP))).append(" Q").append(xy(back)).append(' ')
                            .append(xy(pose.at(Joint.RIGHT_SHOULDER))).append("\"/>"),
                    () -> shape(svg, "polygon", "figure-torso " + classes, joints(pose, limb)));
            case HEAD_AND_NECK -> {
                shape(svg, "polyline", "figure-neck " + classes, joints(pose, limb));
                Point head = pose.at(Joint.HEAD);
                svg.append("<circle class=\"figure-head ").append(classes).append("\" cx=\"").append(n(head.x()))
                        .append("\" cy=\"").append(n(head.y())).append("\" r=\"").append(n(Figure.HEAD_RADIUS)).append("\"/>");
            }
            default -> shape(svg, "polyline", (limb.isLeg() ? "figure-leg " : "figure-arm ") + classes, joints(pose, limb));
        }
    }

    private static void prop(StringBuilder svg, Prop prop) {
        String classes = (prop.kind() == PropKind.FLOOR ? "figure-floor" : "figure-prop") + " figure-"
                + prop.kind().name().toLowerCase(Locale.ROOT);
        if (prop instanceof Prop.Line line) {
            shape(svg, "polyline", classes, line.points());
        } else if (prop instanceof Prop.Outline outline) {
            shape(svg, "polygon", classes, outline.corners());
        } else {
            Prop.Block block = (Prop.Block) prop;
            svg.append("<rect class=\"").append(classes).append("\" x=\"").append(n(block.topLeft().x()))
                    .append("\" y=\"").append(n(block.topLeft().y())).append("\" width=\"").append(n(block.width()))
                    .append("\" height=\"").append(n(block.height())).append("\" rx=\"2\"/>");
        }
    }

    private static void shape(StringBuilder svg, String element, String classes, List<Point> points) {
        svg.append('<').append(element).append(" class=\"").append(classes).append("\" points=\"")
                .append(points(points)).append("\"/>");
    }

    private static List<Point> joints(Pose pose, Limb limb) {
        return limb.joints().stream().map(pose::at).toList();
    }

    private static String points(List<Point> points) {
        return points.stream().map(FigureSvg::xy).collect(Collectors.joining(" "));
    }

    private static String xy(Point p) {
        return n(p.x()) + "," + n(p.y());
    }

    /** One decimal, with a point whatever the locale. */
    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
