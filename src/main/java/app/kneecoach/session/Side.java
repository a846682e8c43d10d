package app.kneecoach.session;

/** Which leg a phase is for; BOTH for exercises done with both legs together. */
public enum Side {
    RIGHT, LEFT, BOTH;

    public Side other() {
        return switch (this) {
            case RIGHT -> LEFT;
            case LEFT -> RIGHT;
            case BOTH -> BOTH;
        };
    }
}
