package app.kneecoach.figure;

/** A movement arrow: a curve from {@code from} to {@code to}, bowed toward {@code via}, with its head at {@code to}. */
public record Arrow(Point from, Point via, Point to) {

    public static Arrow straight(Point from, Point to) {
        return new Arrow(from, new Point((from.x() + to.x()) / 2, (from.y() + to.y()) / 2), to);
    }
}
