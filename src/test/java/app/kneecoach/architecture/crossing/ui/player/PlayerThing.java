package app.kneecoach.architecture.crossing.ui.player;

import app.kneecoach.architecture.crossing.ui.common.SharedWidget;

/** With SharedWidget, a cycle on purpose (see LayersRulesCatchTest): player uses common, common uses player. */
public final class PlayerThing {
    public SharedWidget widget() {
        return new SharedWidget();
    }
}
