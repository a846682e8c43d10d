package app.kneecoach.architecture.crossing.ui.routines;

import app.kneecoach.architecture.crossing.ui.player.PlayerThing;

/** Crosses a layer on purpose (see LayersRulesCatchTest): one feature using another feature's class. */
public final class BorrowingRoutines {
    public PlayerThing borrowed() {
        return null;
    }
}
