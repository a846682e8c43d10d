package app.kneecoach.session;

/** Where a paced repetition is. */
public enum RepStage {
    LIFT, TOP_HOLD, LOWER
}
