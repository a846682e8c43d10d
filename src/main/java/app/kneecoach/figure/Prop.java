package app.kneecoach.figure;

import java.util.List;

/** Something drawn with the body: the floor, a strap, a chair, a step. */
public sealed interface Prop permits Prop.Line, Prop.Outline, Prop.Block {

    PropKind kind();

    /** An open line through its points, such as the floor or a strap. */
    record Line(PropKind kind, List<Point> points) implements Prop {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** A closed shape through its corners, such as a mat seen at an angle. */
    record Outline(PropKind kind, List<Point> corners) implements Prop {
        public Outline {
            corners = List.copyOf(corners);
        }
    }

    /** An upright rectangle between two corners, such as a step or a chair seat. */
    record Block(PropKind kind, Point topLeft, Point bottomRight) implements Prop {
        public double width() {
            return bottomRight.x() - topLeft.x();
        }

        public double height() {
            return bottomRight.y() - topLeft.y();
        }
    }
}
