package app.kneecoach.figure;

import static app.kneecoach.figure.Body.FLOOR_Y;
import static app.kneecoach.figure.Limb.LEFT_ARM;
import static app.kneecoach.figure.Limb.LEFT_LEG;
import static app.kneecoach.figure.Limb.RIGHT_ARM;

import java.util.List;
import java.util.Set;

/**
 * The lateral leg raise, lying on the right side seen from behind: head to the left, the left
 * (working) leg on top, so raising it moves it straight up the picture.
 */
final class SideLying {
    private static final Point PELVIS = new Point(112, FLOOR_Y - 13);

    private SideLying() {
    }

    static FigurePair lateralLegRaise() {
        Set<Limb> leg = Set.of(LEFT_LEG);
        return new FigurePair(
                new Figure(pose(-9), leg, Set.of(), List.of(Props.FLOOR), List.of()),
                new Figure(pose(32), leg, Set.of(), List.of(Props.FLOOR),
                        List.of(new Arrow(new Point(176, 112), new Point(184, 88), new Point(166, 74)))));
    }

    /** The top leg straight at {@code topLeg} degrees from the floor. */
    private static Pose pose(double topLeg) {
        PoseBuilder body = new PoseBuilder().frontTrunk(PELVIS, 180, Body.TORSO);
        Point upperHip = body.get(Joint.LEFT_HIP);
        return body
                .arm(RIGHT_ARM, 178, 178)
                .arm(LEFT_ARM, upperHip.plus(6, -5), upperHip.plus(-16, -30))
                // The lower knee bends toward the viewer, so its thigh looks short.
                .at(Joint.RIGHT_KNEE, new Point(PELVIS.x() + 20, FLOOR_Y - 5))
                .at(Joint.RIGHT_ANKLE, new Point(PELVIS.x() + 42, FLOOR_Y - Body.ANKLE_ABOVE_FLOOR))
                .at(Joint.RIGHT_TOE, new Point(PELVIS.x() + 50, FLOOR_Y - 7))
                .leg(LEFT_LEG, topLeg, topLeg, topLeg - 70)
                .build();
    }
}
