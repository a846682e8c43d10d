package app.kneecoach.session;

/** The kinds of phase a session moves through. */
public enum PhaseKind {
    GET_READY, WORK, REST, SWITCH_SIDE, DONE
}
