package app.kneecoach.figure;

import java.util.List;

/** The props shared by the figures. */
final class Props {
    /** Drawn so its top edge is the floor: ankles rest {@link Body#ANKLE_ABOVE_FLOOR} above it. */
    static final Prop FLOOR = line(PropKind.FLOOR, 8, Body.FLOOR_Y + 1.5, Figure.WIDTH - 8, Body.FLOOR_Y + 1.5);

    private Props() {
    }

    /** A strap from the hand to the foot, lying over the points between. */
    static Prop strap(Point... handToFoot) {
        return new Prop.Line(PropKind.STRAP, List.of(handToFoot));
    }

    static Prop block(PropKind kind, double left, double top, double right, double bottom) {
        return new Prop.Block(kind, new Point(left, top), new Point(right, bottom));
    }

    static Prop line(PropKind kind, double x1, double y1, double x2, double y2) {
        return new Prop.Line(kind, List.of(new Point(x1, y1), new Point(x2, y2)));
    }
}
