package app.kneecoach.figure;

import static app.kneecoach.figure.Body.FLOOR_Y;
import static app.kneecoach.figure.Limb.LEFT_ARM;
import static app.kneecoach.figure.Limb.LEFT_LEG;
import static app.kneecoach.figure.Limb.RIGHT_ARM;
import static app.kneecoach.figure.Limb.RIGHT_LEG;

import java.util.List;
import java.util.Set;

/**
 * The seated butterfly stretch, seen from the front and a little above, so the legs make a diamond
 * in front of the body: soles together on the floor line, the hips behind them, the knees opening out.
 */
final class FloorSitting {
    private static final Point PELVIS = new Point(100, FLOOR_Y - 22);

    private FloorSitting() {
    }

    static FigurePair butterfly() {
        Set<Limb> legs = Set.of(RIGHT_LEG, LEFT_LEG);
        return new FigurePair(
                new Figure(pose(24, 28), legs, Set.of(), List.of(Props.FLOOR), List.of()),
                new Figure(pose(40, 12), legs, Set.of(), List.of(Props.FLOOR), List.of(
                        new Arrow(new Point(76, 94), new Point(62, 94), new Point(56, 106)),
                        new Arrow(new Point(124, 94), new Point(138, 94), new Point(144, 106)))));
    }

    /** The knees {@code out} from the middle and {@code up} from the floor; the hands hold the feet. */
    private static Pose pose(double out, double up) {
        PoseBuilder body = new PoseBuilder().frontTrunk(PELVIS, 90, Body.TORSO);
        double ankleY = FLOOR_Y - Body.ANKLE_ABOVE_FLOOR;
        double kneeY = FLOOR_Y - up;
        return body
                .at(Joint.RIGHT_KNEE, new Point(PELVIS.x() - out, kneeY))
                .at(Joint.RIGHT_ANKLE, new Point(PELVIS.x() - 6, ankleY))
                .at(Joint.RIGHT_TOE, new Point(PELVIS.x() - 1, ankleY + 1))
                .at(Joint.LEFT_KNEE, new Point(PELVIS.x() + out, kneeY))
                .at(Joint.LEFT_ANKLE, new Point(PELVIS.x() + 6, ankleY))
                .at(Joint.LEFT_TOE, new Point(PELVIS.x() + 1, ankleY + 1))
                .arm(RIGHT_ARM, new Point(PELVIS.x() - 5, ankleY - 4), new Point(0, ankleY))
                .arm(LEFT_ARM, new Point(PELVIS.x() + 5, ankleY - 4), new Point(Figure.WIDTH, ankleY))
                .build();
    }
}
