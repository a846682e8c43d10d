package app.kneecoach.figure;

/** The named points of a body. In a side view the left and right shoulders (and hips) coincide. */
public enum Joint {
    HEAD, NECK,
    LEFT_SHOULDER, LEFT_ELBOW, LEFT_HAND,
    RIGHT_SHOULDER, RIGHT_ELBOW, RIGHT_HAND,
    LEFT_HIP, LEFT_KNEE, LEFT_ANKLE, LEFT_TOE,
    RIGHT_HIP, RIGHT_KNEE, RIGHT_ANKLE, RIGHT_TOE
}
