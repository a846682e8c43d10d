package app.kneecoach.figure;

import static app.kneecoach.figure.Body.FLOOR_Y;
import static app.kneecoach.figure.Limb.LEFT_ARM;
import static app.kneecoach.figure.Limb.LEFT_LEG;
import static app.kneecoach.figure.Limb.RIGHT_ARM;
import static app.kneecoach.figure.Limb.RIGHT_LEG;

import java.util.List;
import java.util.Set;

/** The standing moves: the side lunge seen from the front, the step up seen from the side. */
final class Standing {
    /** Hip height above whatever the feet stand on. */
    private static final double HIP_HEIGHT = Body.ANKLE_ABOVE_FLOOR + Body.SHIN + Body.THIGH;
    private static final double STEP_TOP = FLOOR_Y - 13;
    private static final List<Prop> STEP = List.of(Props.FLOOR, Props.block(PropKind.STEP, 118, STEP_TOP, 178, FLOOR_Y));

    private Standing() {
    }

    static FigurePair sideLunge() {
        Set<Limb> leg = Set.of(LEFT_LEG);
        double ankleY = FLOOR_Y - Body.ANKLE_ABOVE_FLOOR;
        Pose start = handsOnHips(new PoseBuilder().frontTrunk(new Point(100, FLOOR_Y - HIP_HEIGHT), 90, Body.TORSO))
                .leg(RIGHT_LEG, -92, -92, 180).leg(LEFT_LEG, -88, -88, 0).build();
        Pose end = handsOnHips(new PoseBuilder().frontTrunk(new Point(86, FLOOR_Y - HIP_HEIGHT + 14), 92, Body.TORSO))
                .leg(RIGHT_LEG, new Point(74, ankleY), new Point(40, 90), 180)
                .leg(LEFT_LEG, new Point(160, ankleY), new Point(130, 0), 0).build();
        return new FigurePair(new Figure(start, leg, Set.of(), List.of(Props.FLOOR), List.of()),
                new Figure(end, leg, Set.of(), List.of(Props.FLOOR),
                        List.of(Arrow.straight(new Point(130, 92), new Point(166, 106)))));
    }

    static FigurePair stepUp() {
        Set<Limb> leg = Set.of(RIGHT_LEG);
        Set<Limb> far = Set.of(LEFT_LEG, LEFT_ARM);
        return new FigurePair(
                new Figure(standingSide(98, FLOOR_Y), leg, far, STEP, List.of()),
                new Figure(standingSide(146, STEP_TOP), leg, far, STEP,
                        List.of(new Arrow(new Point(70, 96), new Point(96, 40), new Point(124, 56)))));
    }

    /** Standing tall seen from the side, facing right, on a surface at {@code surfaceY}. */
    private static Pose standingSide(double x, double surfaceY) {
        return new PoseBuilder().sideTrunk(new Point(x, surfaceY - HIP_HEIGHT), 90, 90)
                .leg(RIGHT_LEG, -86, -92, 0).leg(LEFT_LEG, -94, -90, 0)
                .arm(RIGHT_ARM, -84, -78).arm(LEFT_ARM, -98, -96)
                .build();
    }

    private static PoseBuilder handsOnHips(PoseBuilder body) {
        Point right = body.get(Joint.RIGHT_HIP).plus(-6, -6);
        Point left = body.get(Joint.LEFT_HIP).plus(6, -6);
        return body.arm(RIGHT_ARM, right, right.plus(-30, 0)).arm(LEFT_ARM, left, left.plus(30, 0));
    }
}
