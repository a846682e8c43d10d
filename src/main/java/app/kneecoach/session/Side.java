package app.kneecoach.session;

import app.kneecoach.catalog.SidedText;

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

    /**
     * A catalog sentence in this leg's words. The article writes for the right leg, so LEFT turns each marked side
     * word; BOTH (no one leg under way) keeps the article's wording.
     */
    public String words(SidedText text) {
        return this == LEFT ? text.mirrored() : text.asWritten();
    }
}
