package app.kneecoach.figure;

/**
 * Bone lengths in logical units, shared by every figure so all bodies have the same, human
 * proportions (a standing body is about 113 units tall, the head about a seventh of that).
 */
final class Body {
    /** From the base of the neck to the centre of the head. */
    static final double NECK = 11;
    /** From the base of the neck to the hips. */
    static final double TORSO = 34;
    /** How far below the base of the neck the shoulders sit, along the torso. */
    static final double SHOULDER_DROP = 4;
    /** Half the distance between the shoulder joints (and the hip joints) seen from the front. */
    static final double SHOULDER_HALF = 9;
    static final double HIP_HALF = 6;
    static final double UPPER_ARM = 20;
    static final double FOREARM = 19;
    static final double THIGH = 29;
    static final double SHIN = 27;
    static final double FOOT = 9;
    /** Where the floor line is drawn; ankles rest a little above it. */
    static final double FLOOR_Y = 130;
    static final double ANKLE_ABOVE_FLOOR = 4;

    private Body() {
    }
}
