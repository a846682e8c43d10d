package app.kneecoach.figure;

/** A point in a figure's logical box: x to the right, y down, as on screen. */
public record Point(double x, double y) {

    /** The point {@code length} away in the direction {@code degrees}: 0 is right, 90 is up. */
    public Point toward(double degrees, double length) {
        double radians = Math.toRadians(degrees);
        return new Point(x + length * Math.cos(radians), y - length * Math.sin(radians));
    }

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
