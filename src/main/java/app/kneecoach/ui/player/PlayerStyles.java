package app.kneecoach.ui.player;

import javafx.css.PseudoClass;

/** The player's CSS states. */
final class PlayerStyles {
    static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    static final PseudoClass HURT = PseudoClass.getPseudoClass("hurt");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");
    static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    /** Window heights (in px) below which the big number uses its smaller size. */
    static final double COMPACT_BELOW = 760;

    private PlayerStyles() {
    }
}
