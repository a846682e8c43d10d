package app.kneecoach.figure;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Places a body joint by joint: a trunk, then limbs either at given angles or reaching a target
 * (a foot planted on the floor, hands on a strap), always with the lengths from {@link Body}.
 * Angles are in degrees, 0 pointing right and 90 up.
 */
final class PoseBuilder {
    private final Map<Joint, Point> joints = new EnumMap<>(Joint.class);

    PoseBuilder at(Joint joint, Point point) {
        joints.put(joint, point);
        return this;
    }

    Point get(Joint joint) {
        return Objects.requireNonNull(joints.get(joint), () -> joint + " is not placed yet");
    }

    /** A trunk seen from the side: hips at {@code hips}, the torso leaning at {@code degrees}, the head beyond. */
    PoseBuilder sideTrunk(Point hips, double degrees, double headDegrees) {
        Point neck = hips.toward(degrees, Body.TORSO);
        Point shoulders = hips.toward(degrees, Body.TORSO - Body.SHOULDER_DROP);
        return at(Joint.LEFT_HIP, hips).at(Joint.RIGHT_HIP, hips).at(Joint.NECK, neck)
                .at(Joint.LEFT_SHOULDER, shoulders).at(Joint.RIGHT_SHOULDER, shoulders)
                .at(Joint.HEAD, neck.toward(headDegrees, Body.NECK));
    }

    /** A trunk seen from the front (or from the feet): hips centred on {@code pelvis}, the torso at {@code degrees}. */
    PoseBuilder frontTrunk(Point pelvis, double degrees, double length) {
        double across = degrees - 90;
        Point neck = pelvis.toward(degrees, length);
        Point shoulders = pelvis.toward(degrees, length - Body.SHOULDER_DROP);
        return at(Joint.LEFT_HIP, pelvis.toward(across, Body.HIP_HALF))
                .at(Joint.RIGHT_HIP, pelvis.toward(across + 180, Body.HIP_HALF))
                .at(Joint.NECK, neck)
                .at(Joint.LEFT_SHOULDER, shoulders.toward(across, Body.SHOULDER_HALF))
                .at(Joint.RIGHT_SHOULDER, shoulders.toward(across + 180, Body.SHOULDER_HALF))
                .at(Joint.HEAD, neck.toward(degrees, Body.NECK));
    }

    /** A leg at given angles for the thigh, the shin and the foot. */
    PoseBuilder leg(Limb leg, double thigh, double shin, double foot) {
        return bone(leg.joint(0), leg.joint(1), thigh, Body.THIGH)
                .bone(leg.joint(1), leg.joint(2), shin, Body.SHIN)
                .bone(leg.joint(2), leg.joint(3), foot, Body.FOOT);
    }

    /** A leg whose ankle is at {@code ankle}, the knee bending toward {@code kneeToward}. */
    PoseBuilder leg(Limb leg, Point ankle, Point kneeToward, double foot) {
        return reach(leg, ankle, Body.THIGH, Body.SHIN, kneeToward)
                .bone(leg.joint(2), leg.joint(3), foot, Body.FOOT);
    }

    /** A leg with the foot flat on a surface at {@code surfaceY}, pointing right as every side view faces. */
    PoseBuilder plantedLeg(Limb leg, double ankleX, double surfaceY, Point kneeToward) {
        return leg(leg, new Point(ankleX, surfaceY - Body.ANKLE_ABOVE_FLOOR), kneeToward, 0);
    }

    /** An arm at given angles for the upper arm and the forearm. */
    PoseBuilder arm(Limb arm, double upper, double fore) {
        return bone(arm.joint(0), arm.joint(1), upper, Body.UPPER_ARM)
                .bone(arm.joint(1), arm.joint(2), fore, Body.FOREARM);
    }

    /** An arm whose hand is at {@code hand} (or as near as it reaches), the elbow bending toward {@code elbowToward}. */
    PoseBuilder arm(Limb arm, Point hand, Point elbowToward) {
        return reach(arm, hand, Body.UPPER_ARM, Body.FOREARM, elbowToward);
    }

    /** Copies one limb's joints onto another, for the far limb hidden behind the near one in a side view. */
    PoseBuilder same(Limb from, Limb to) {
        for (int i = 0; i < from.joints().size(); i++) {
            at(to.joint(i), get(from.joint(i)));
        }
        return this;
    }

    Pose build() {
        return new Pose(joints);
    }

    private PoseBuilder bone(Joint from, Joint to, double degrees, double length) {
        return at(to, get(from).toward(degrees, length));
    }

    /**
     * Two bones from the limb's placed root toward {@code target}: the middle joint goes to whichever
     * side of the line is nearer {@code bendToward}; a target out of reach gets a straight limb pointing at it.
     */
    private PoseBuilder reach(Limb limb, Point target, double upper, double lower, Point bendToward) {
        Point root = get(limb.joint(0));
        double distance = Math.max(Math.abs(upper - lower) + 1e-6,
                Math.min(root.distanceTo(target), upper + lower));
        double ux = (target.x() - root.x()) / root.distanceTo(target);
        double uy = (target.y() - root.y()) / root.distanceTo(target);
        double along = (upper * upper - lower * lower + distance * distance) / (2 * distance);
        double off = Math.sqrt(Math.max(0, upper * upper - along * along));
        Point base = root.plus(ux * along, uy * along);
        Point one = base.plus(-uy * off, ux * off);
        Point other = base.plus(uy * off, -ux * off);
        Point middle = one.distanceTo(bendToward) <= other.distanceTo(bendToward) ? one : other;
        return at(limb.joint(1), middle).at(limb.joint(2), root.plus(ux * distance, uy * distance));
    }
}
