package app.kneecoach.figure;

import static app.kneecoach.figure.Body.FLOOR_Y;
import static app.kneecoach.figure.Limb.LEFT_ARM;
import static app.kneecoach.figure.Limb.LEFT_LEG;
import static app.kneecoach.figure.Limb.RIGHT_ARM;
import static app.kneecoach.figure.Limb.RIGHT_LEG;
import static app.kneecoach.figure.Limb.TORSO;

import java.util.List;
import java.util.Set;

/**
 * The moves lying face up, seen from the side: head to the left, so the right side is nearest.
 * The shoulders stay on the floor in every pose.
 */
final class LyingOnBack {
    private static final Point NECK = new Point(52, FLOOR_Y - 6.5);
    private static final double HEAD_DEGREES = 172;
    private static final Point CEILING = new Point(110, 0);
    private static final Set<Limb> FAR = Set.of(LEFT_LEG, LEFT_ARM);

    private LyingOnBack() {
    }

    /** The arms go behind the lifting trunk, so it reads as one shape. */
    static FigurePair bridge() {
        Set<Limb> far = Set.of(LEFT_LEG, LEFT_ARM, RIGHT_ARM);
        return new FigurePair(
                figure(armsOnFloor(trunk(0)), 124, Set.of(TORSO), far, List.of()),
                figure(armsOnFloor(trunk(20)), 124, Set.of(TORSO), far,
                        List.of(Arrow.straight(new Point(84, 96), new Point(84, 74)))));
    }

    static FigurePair doubleKneeToChest() {
        PoseBuilder end = armsOnFloor(trunk(0)).leg(RIGHT_LEG, 118, 12, 100).same(RIGHT_LEG, LEFT_LEG);
        Set<Limb> legs = Set.of(RIGHT_LEG, LEFT_LEG);
        return new FigurePair(figure(armsOnFloor(trunk(0)), 130, legs, FAR, List.of()),
                new Figure(end.build(), legs, FAR, List.of(Props.FLOOR),
                        List.of(new Arrow(new Point(140, 112), new Point(150, 72), new Point(122, 66)))));
    }

    static FigurePair hamstringStretch() {
        PoseBuilder start = trunk(0).arm(RIGHT_ARM, new Point(84, 104), new Point(66, FLOOR_Y)).same(RIGHT_ARM, LEFT_ARM);
        Pose bent = kneesBent(start, 126).build();
        Prop strap = Props.strap(bent.at(Joint.RIGHT_HAND), bent.at(Joint.RIGHT_KNEE).plus(1, -5),
                bent.at(Joint.RIGHT_TOE).plus(5, 0), bent.at(Joint.RIGHT_TOE).plus(2, 4));
        PoseBuilder end = trunk(0).leg(RIGHT_LEG, 78, 78, 168)
                .plantedLeg(LEFT_LEG, 126, FLOOR_Y, CEILING);
        Point sole = end.get(Joint.RIGHT_ANKLE).toward(78, 5).plus(-4, 0);
        end.arm(RIGHT_ARM, new Point(74, 86), new Point(50, 100)).same(RIGHT_ARM, LEFT_ARM);
        Set<Limb> leg = Set.of(RIGHT_LEG);
        return new FigurePair(
                new Figure(bent, leg, FAR, List.of(Props.FLOOR, strap), List.of()),
                new Figure(end.build(), leg, FAR, List.of(Props.FLOOR, Props.strap(end.get(Joint.RIGHT_HAND), sole)),
                        List.of(new Arrow(new Point(150, 108), new Point(150, 56), new Point(112, 50)))));
    }

    /** The trunk with the shoulders on the floor and the hips lifted by {@code lift} degrees. */
    private static PoseBuilder trunk(double lift) {
        return new PoseBuilder().sideTrunk(NECK.toward(lift, Body.TORSO), 180 + lift, HEAD_DEGREES);
    }

    private static PoseBuilder armsOnFloor(PoseBuilder body) {
        return body.arm(RIGHT_ARM, -4, 0).same(RIGHT_ARM, LEFT_ARM);
    }

    private static PoseBuilder kneesBent(PoseBuilder body, double ankleX) {
        return body.plantedLeg(RIGHT_LEG, ankleX, FLOOR_Y, CEILING).same(RIGHT_LEG, LEFT_LEG);
    }

    private static Figure figure(PoseBuilder body, double ankleX, Set<Limb> active, Set<Limb> far, List<Arrow> arrows) {
        return new Figure(kneesBent(body, ankleX).build(), active, far, List.of(Props.FLOOR), arrows);
    }
}
