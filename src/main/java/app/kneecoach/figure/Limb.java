package app.kneecoach.figure;

import static app.kneecoach.figure.Joint.*;

import java.util.List;

/** The parts a figure is drawn from, each through its joints in order. */
public enum Limb {
    /** Drawn as the outline through shoulders and hips, so a side view (where they coincide) gives a thick line. */
    TORSO(LEFT_SHOULDER, RIGHT_SHOULDER, RIGHT_HIP, LEFT_HIP),
    HEAD_AND_NECK(NECK, HEAD),
    LEFT_ARM(LEFT_SHOULDER, LEFT_ELBOW, LEFT_HAND),
    RIGHT_ARM(RIGHT_SHOULDER, RIGHT_ELBOW, RIGHT_HAND),
    LEFT_LEG(LEFT_HIP, LEFT_KNEE, LEFT_ANKLE, LEFT_TOE),
    RIGHT_LEG(RIGHT_HIP, RIGHT_KNEE, RIGHT_ANKLE, RIGHT_TOE);

    private final List<Joint> joints;

    Limb(Joint... joints) {
        this.joints = List.of(joints);
    }

    public List<Joint> joints() {
        return joints;
    }

    public boolean isLeg() {
        return this == LEFT_LEG || this == RIGHT_LEG;
    }

    Joint joint(int index) {
        return joints.get(index);
    }
}
