package app.kneecoach.architecture.crossing.ui.common;

import app.kneecoach.architecture.crossing.ui.player.PlayerThing;

/** Crosses a layer on purpose (see LayersRulesCatchTest): shared code that uses a feature's class. */
public final class SharedWidget {
    public PlayerThing owner() {
        return null;
    }
}
