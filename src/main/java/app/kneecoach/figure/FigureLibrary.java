package app.kneecoach.figure;

import java.util.Map;
import java.util.Optional;

/** The start and end figures of the bundled exercises, by exercise id. */
public final class FigureLibrary {
    private static final Map<String, FigurePair> PAIRS = Map.of(
            "inner-thigh-stretch", InnerThighStretch.pair(),
            "supine-hamstring-stretch", LyingOnBack.hamstringStretch(),
            "side-lunge-stretch", Standing.sideLunge(),
            "seated-butterfly-stretch", FloorSitting.butterfly(),
            "seated-straight-leg-raise", ChairSitting.straightLegRaise(),
            "bridge", LyingOnBack.bridge(),
            "lateral-leg-raise", SideLying.lateralLegRaise(),
            "step-ups", Standing.stepUp(),
            "double-knee-to-chest", LyingOnBack.doubleKneeToChest());

    private FigureLibrary() {
    }

    /** The figures for an exercise; empty for an id without figures, such as one a user added to their catalog. */
    public static Optional<FigurePair> forExercise(String exerciseId) {
        return Optional.ofNullable(PAIRS.get(exerciseId));
    }
}
