package app.kneecoach.figure;

import java.util.List;

/** A movement arrow: a curve from {@code from} to {@code to}, bowed toward {@code via}, with its head at {@code to}. */
public record Arrow(Point from, Point via, Point to) {
    private static final double HEAD = 9;
    private static final double HEAD_DEGREES = 28;

    public static Arrow straight(Point from, Point to) {
        return new Arrow(from, new Point((from.x() + to.x()) / 2, (from.y() + to.y()) / 2), to);
    }

    /** The head's three corners, the tip first: the curve ends heading from {@code via} to {@code to}, and so does the head. */
    public List<Point> head() {
        double heading = Math.toDegrees(Math.atan2(via.y() - to.y(), to.x() - via.x()));
        return List.of(to, to.toward(heading + 180 - HEAD_DEGREES, HEAD), to.toward(heading + 180 + HEAD_DEGREES, HEAD));
    }
}
