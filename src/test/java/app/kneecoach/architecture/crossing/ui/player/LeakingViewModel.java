package app.kneecoach.architecture.crossing.ui.player;

/** Crosses a layer on purpose (see LayersRulesCatchTest): a view model that holds a scene-graph node. */
public final class LeakingViewModel {
    private javafx.scene.control.Label label;

    public javafx.scene.control.Label label() {
        return label;
    }
}
