package app.kneecoach.figure;

/** What a prop is, so the view can style it. */
public enum PropKind {
    FLOOR, MAT, STRAP, CHAIR, STEP
}
