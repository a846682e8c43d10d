package app.kneecoach.figure;

import static app.kneecoach.figure.Body.FLOOR_Y;
import static app.kneecoach.figure.Limb.LEFT_ARM;
import static app.kneecoach.figure.Limb.LEFT_LEG;
import static app.kneecoach.figure.Limb.RIGHT_ARM;
import static app.kneecoach.figure.Limb.RIGHT_LEG;
import static app.kneecoach.figure.PropKind.CHAIR;

import java.util.List;
import java.util.Set;

/** The seated straight leg raise: sitting tall on a chair, facing right, the right leg nearest. */
final class ChairSitting {
    private static final double SEAT_TOP = FLOOR_Y - 31;
    private static final Point HIPS = new Point(76, SEAT_TOP - 4);
    private static final List<Prop> PROPS = List.of(Props.FLOOR,
            Props.line(CHAIR, 60, SEAT_TOP, 60, FLOOR_Y),
            Props.line(CHAIR, 100, SEAT_TOP, 100, FLOOR_Y),
            Props.block(CHAIR, 56, SEAT_TOP - 44, 62, SEAT_TOP),
            Props.block(CHAIR, 56, SEAT_TOP, 104, SEAT_TOP + 5));
    private static final Set<Limb> FAR = Set.of(LEFT_LEG, LEFT_ARM);

    private ChairSitting() {
    }

    static FigurePair straightLegRaise() {
        Set<Limb> leg = Set.of(RIGHT_LEG);
        PoseBuilder end = seated().leg(RIGHT_LEG, 6, 6, 96);
        return new FigurePair(
                new Figure(seated().same(LEFT_LEG, RIGHT_LEG).build(), leg, FAR, PROPS, List.of()),
                new Figure(end.build(), leg, FAR, PROPS,
                        List.of(new Arrow(new Point(122, 118), new Point(150, 116), new Point(156, 96)))));
    }

    /** Sitting tall, hands on the thighs, the far (left) foot planted under the knee. */
    private static PoseBuilder seated() {
        PoseBuilder body = new PoseBuilder().sideTrunk(HIPS, 92, 90)
                .plantedLeg(LEFT_LEG, HIPS.x() + Body.THIGH + 3, FLOOR_Y, new Point(HIPS.x() + 60, 0));
        Point hand = HIPS.plus(22, -5);
        return body.arm(RIGHT_ARM, hand, HIPS.plus(-10, 0)).same(RIGHT_ARM, LEFT_ARM);
    }
}
