package app.kneecoach.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The part of the logical box a pair is shown in, with the box's proportions: both figures' extent
 * with a margin, so a body lying along the floor is drawn as large as a standing one allows,
 * and start and end keep the same scale.
 */
public record Frame(double x, double y, double width) {
    public static final Frame WHOLE = new Frame(0, 0, Figure.WIDTH);
    /** Room around joints for the thickest strokes (the trunk's). */
    private static final double MARGIN = 10;
    /** At most this much larger than the whole box, so no body looks huge beside the others. */
    private static final double MAX_ZOOM = 1.6;

    public double height() {
        return width * Figure.HEIGHT / Figure.WIDTH;
    }

    static Frame around(Figure... figures) {
        List<Point> points = new ArrayList<>();
        for (Figure figure : figures) {
            figure.pose().joints().values().forEach(points::add);
            Point head = figure.pose().at(Joint.HEAD);
            points.addAll(List.of(head.plus(-Figure.HEAD_RADIUS, -Figure.HEAD_RADIUS), head.plus(Figure.HEAD_RADIUS, 0)));
            figure.props().stream().flatMap(Frame::points).forEach(points::add);
            figure.arrows().forEach(a -> points.addAll(List.of(a.from(), a.via(), a.to())));
            figure.back().ifPresent(points::add);
        }
        double left = points.stream().mapToDouble(Point::x).min().orElseThrow() - MARGIN;
        double right = points.stream().mapToDouble(Point::x).max().orElseThrow() + MARGIN;
        double top = points.stream().mapToDouble(Point::y).min().orElseThrow() - MARGIN;
        double bottom = points.stream().mapToDouble(Point::y).max().orElseThrow() + MARGIN / 2;
        double width = Math.max(Figure.WIDTH / MAX_ZOOM,
                Math.max(right - left, (bottom - top) * Figure.WIDTH / Figure.HEIGHT));
        if (width >= Figure.WIDTH) {
            return WHOLE;
        }
        double height = width * Figure.HEIGHT / Figure.WIDTH;
        double x = clamp((left + right - width) / 2, Figure.WIDTH - width);
        // Grow upward from the floor: the space a figure needs is above it.
        double y = clamp(bottom - height, Figure.HEIGHT - height);
        return new Frame(x, y, width);
    }

    /** A prop's points; the floor counts only for its height, since it runs the whole width. */
    private static Stream<Point> points(Prop prop) {
        if (prop instanceof Prop.Line line) {
            return prop.kind() == PropKind.FLOOR
                    ? line.points().stream().map(p -> new Point(Figure.WIDTH / 2, p.y())) : line.points().stream();
        }
        if (prop instanceof Prop.Outline outline) {
            return outline.corners().stream();
        }
        Prop.Block block = (Prop.Block) prop;
        return Stream.of(block.topLeft(), block.bottomRight());
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(value, max));
    }
}
