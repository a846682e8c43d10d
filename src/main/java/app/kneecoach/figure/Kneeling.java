package app.kneecoach.figure;

import static app.kneecoach.figure.Body.FLOOR_Y;
import static app.kneecoach.figure.Limb.HEAD_AND_NECK;
import static app.kneecoach.figure.Limb.LEFT_ARM;
import static app.kneecoach.figure.Limb.LEFT_LEG;
import static app.kneecoach.figure.Limb.RIGHT_ARM;
import static app.kneecoach.figure.Limb.RIGHT_LEG;
import static app.kneecoach.figure.Limb.TORSO;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The yoga poses on hands and knees, seen from the side, facing right: the knees stay where they are on the
 * floor, the shins lie flat behind them, and the far limbs hide behind the near ones.
 */
final class Kneeling {
    private static final Point KNEE = new Point(104, FLOOR_Y - Body.ANKLE_ABOVE_FLOOR);
    /** On all fours the hips are over the knees and the back rises a little to the shoulders, over the hands. */
    private static final Point HIPS_ON_ALL_FOURS = KNEE.toward(90, Body.THIGH);
    private static final double BACK_ON_ALL_FOURS = 14;
    private static final Set<Limb> FAR = Set.of(LEFT_LEG, LEFT_ARM);

    private Kneeling() {
    }

    /** From all fours, the hips sit back toward the heels and the chest and forehead come down, arms forward. */
    static FigurePair childsPose() {
        Point hips = KNEE.toward(152, Body.THIGH);
        PoseBuilder folded = new PoseBuilder().sideTrunk(hips, -12, -16);
        Point shoulders = folded.get(Joint.RIGHT_SHOULDER);
        folded.arm(RIGHT_ARM, new Point(shoulders.x() + 38, FLOOR_Y - 3), new Point(shoulders.x() + 20, 0));
        Set<Limb> moving = Set.of(TORSO, RIGHT_LEG);
        return new FigurePair(
                new Figure(allFours(0).build(), moving, FAR, List.of(Props.FLOOR), List.of()),
                new Figure(withLegs(folded).build(), moving, FAR, List.of(Props.FLOOR),
                        List.of(new Arrow(new Point(112, 82), new Point(90, 80), new Point(84, 98)))));
    }

    /** The cat, back rounded up and head tucked; then the cow, back dipped and head raised. */
    static FigurePair catCow() {
        Set<Limb> moving = Set.of(TORSO, HEAD_AND_NECK);
        Point middle = backMiddle();
        return new FigurePair(
                new Figure(allFours(-62).build(), moving, FAR, List.of(Props.FLOOR),
                        List.of(Arrow.straight(middle.plus(0, -13), middle.plus(0, -29))), Optional.of(middle.plus(0, -17))),
                new Figure(allFours(36).build(), moving, FAR, List.of(Props.FLOOR),
                        List.of(Arrow.straight(middle.plus(0, -27), middle.plus(0, -12))), Optional.of(middle.plus(0, 14))));
    }

    /** Hands below the shoulders, knees below the hips, the head at {@code headDegrees}. */
    private static PoseBuilder allFours(double headDegrees) {
        PoseBuilder body = new PoseBuilder().sideTrunk(HIPS_ON_ALL_FOURS, BACK_ON_ALL_FOURS, headDegrees);
        Point shoulders = body.get(Joint.RIGHT_SHOULDER);
        // A hand just beyond the arm's reach below the shoulder: the arm is drawn straight, not bent back.
        body.arm(RIGHT_ARM, new Point(shoulders.x() + 6, FLOOR_Y - 2), new Point(Figure.WIDTH, shoulders.y()));
        return withLegs(body);
    }

    /** Between shoulders and hips on all fours: where the back is at its highest or lowest in cat-cow. */
    private static Point backMiddle() {
        Point shoulders = HIPS_ON_ALL_FOURS.toward(BACK_ON_ALL_FOURS, Body.TORSO - Body.SHOULDER_DROP);
        return new Point((shoulders.x() + HIPS_ON_ALL_FOURS.x()) / 2, (shoulders.y() + HIPS_ON_ALL_FOURS.y()) / 2);
    }

    /** The knee on the floor, the shin flat behind it; the far side the same, hidden behind. */
    private static PoseBuilder withLegs(PoseBuilder body) {
        Point ankle = KNEE.plus(-Body.SHIN, 0);
        return body.at(Joint.RIGHT_KNEE, KNEE).at(Joint.RIGHT_ANKLE, ankle)
                .at(Joint.RIGHT_TOE, ankle.plus(-Body.FOOT, 1))
                .same(RIGHT_LEG, LEFT_LEG).same(RIGHT_ARM, LEFT_ARM);
    }
}
