package app.kneecoach.figure;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The inner thigh stretch, seen from beside the feet and a little above: the body lies on a mat
 * running up to the right, the raised right leg points at the ceiling and then falls out to the
 * left of the picture, which no straight side or front view could show. Positions are worked out
 * in 3D and projected.
 */
final class InnerThighStretch {
    private static final double AZIMUTH = Math.toRadians(42);
    private static final double ELEVATION = Math.toRadians(42);
    /** Where the hips (the 3D origin) land in the picture. */
    private static final Point HIPS_AT = new Point(88, 100);
    private static final V STRAP_END = new V(1, 26, 16);

    private InnerThighStretch() {
    }

    static FigurePair pair() {
        Prop mat = new Prop.Outline(PropKind.MAT, Stream.of(
                new V(-28, 0, -42), new V(28, 0, -42), new V(28, 0, 60), new V(-28, 0, 60)).map(V::projected).toList());
        return new FigurePair(figure(3, 25, mat, List.of()),
                figure(58, 65, mat, List.of(new Arrow(new V(-18, 66, 0).projected(), new V(-52, 62, 0).projected(),
                        new V(-62, 36, 0).projected()))));
    }

    /** The right leg {@code rightOut} degrees out from pointing at the ceiling; the bent left knee {@code leftOut} degrees out. */
    private static Figure figure(double rightOut, double leftOut, Prop mat, List<Arrow> arrows) {
        double out = Math.toRadians(rightOut);
        V hip = new V(-Body.HIP_HALF, 7, 0);
        V raised = new V(-Math.sin(out), Math.cos(out), 0);
        V ankle = hip.plus(raised.times(Body.THIGH + Body.SHIN));
        V sole = ankle.plus(raised.times(5));
        V rightHand = sole.plus(STRAP_END.minus(sole).times(0.45));
        V rightShoulder = new V(-Body.SHOULDER_HALF, 7, 30);
        V leftShoulder = new V(Body.SHOULDER_HALF, 7, 30);
        PoseBuilder body = new PoseBuilder()
                .at(Joint.HEAD, new V(0, Figure.HEAD_RADIUS, 46).projected())
                .at(Joint.NECK, new V(0, 7, 35).projected())
                .at(Joint.LEFT_SHOULDER, leftShoulder.projected())
                .at(Joint.RIGHT_SHOULDER, rightShoulder.projected())
                .at(Joint.LEFT_HIP, new V(Body.HIP_HALF, 7, 0).projected())
                .at(Joint.RIGHT_HIP, hip.projected())
                .at(Joint.RIGHT_KNEE, hip.plus(raised.times(Body.THIGH)).projected())
                .at(Joint.RIGHT_ANKLE, ankle.projected())
                .at(Joint.RIGHT_TOE, ankle.plus(raised.times(3)).plus(new V(0, 0, Body.FOOT - 1)).projected())
                .at(Joint.RIGHT_HAND, rightHand.projected())
                .at(Joint.RIGHT_ELBOW, elbow(rightShoulder, rightHand, -1))
                .at(Joint.LEFT_HAND, STRAP_END.projected())
                .at(Joint.LEFT_ELBOW, elbow(leftShoulder, STRAP_END, 1));
        bentLeft(body, Math.toRadians(leftOut));
        return new Figure(body.build(), Set.of(Limb.RIGHT_LEG), Set.of(),
                List.of(mat, Props.strap(STRAP_END.projected(), sole.projected())), arrows);
    }

    /** The left foot flat on the mat in front of the hip, the knee turning out about the hip-to-foot line. */
    private static void bentLeft(PoseBuilder body, double out) {
        V hip = new V(Body.HIP_HALF, 7, 0);
        V ankle = new V(Body.HIP_HALF + 14, Body.ANKLE_ABOVE_FLOOR, -30);
        double reach = ankle.minus(hip).length();
        double along = (Body.THIGH * Body.THIGH - Body.SHIN * Body.SHIN + reach * reach) / (2 * reach);
        double off = Math.sqrt(Body.THIGH * Body.THIGH - along * along);
        V knee = hip.plus(ankle.minus(hip).times(along / reach)).plus(new V(Math.sin(out) * off, Math.cos(out) * off, 0));
        body.at(Joint.LEFT_KNEE, knee.projected()).at(Joint.LEFT_ANKLE, ankle.projected())
                .at(Joint.LEFT_TOE, ankle.plus(new V(1, 0, -Body.FOOT)).projected());
    }

    /** An elbow between shoulder and hand, bent out to the {@code side} (-1 the person's right). */
    private static Point elbow(V shoulder, V hand, int side) {
        V middle = shoulder.plus(hand.minus(shoulder).times(0.5));
        double half = hand.minus(shoulder).length() / 2;
        double off = Math.sqrt(Math.max(0, Body.UPPER_ARM * Body.UPPER_ARM - half * half));
        return middle.plus(new V(side * off, 0, 0)).projected();
    }

    /** A point in the room: x across (the person's left positive), up, depth toward the head. */
    private record V(double x, double up, double depth) {
        V plus(V other) {
            return new V(x + other.x, up + other.up, depth + other.depth);
        }

        V minus(V other) {
            return new V(x - other.x, up - other.up, depth - other.depth);
        }

        V times(double factor) {
            return new V(x * factor, up * factor, depth * factor);
        }

        double length() {
            return Math.sqrt(x * x + up * up + depth * depth);
        }

        /** Turned about the vertical, then tilted toward the viewer: an orthographic picture from above the feet. */
        Point projected() {
            double across = x * Math.cos(AZIMUTH) + depth * Math.sin(AZIMUTH);
            double away = -x * Math.sin(AZIMUTH) + depth * Math.cos(AZIMUTH);
            return new Point(HIPS_AT.x() + across, HIPS_AT.y() - up * Math.cos(ELEVATION) - away * Math.sin(ELEVATION));
        }
    }
}
