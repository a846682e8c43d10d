package app.kneecoach.session;

/** Who sets the pace of repetitions. */
public enum RepStyle {
    /** The app times each rep: lift, hold at the top, lower. */
    PACED,
    /** The user counts each rep by pressing a key or button. */
    SELF_PACED
}
