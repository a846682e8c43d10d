package app.kneecoach.figure;

import java.util.Map;
import java.util.Optional;

/** The start and end figures of the bundled exercises and yoga poses, by id. */
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

    private static final Map<String, FigurePair> POSES = Map.of(
            "childs-pose", Kneeling.childsPose(),
            "cat-cow", Kneeling.catCow(),
            "butterfly-stretch", FloorSitting.butterfly());

    private FigureLibrary() {
    }

    /** The figures for an exercise; empty for an id without figures, such as one a user added to their catalog. */
    public static Optional<FigurePair> forExercise(String exerciseId) {
        return Optional.ofNullable(PAIRS.get(exerciseId));
    }

    /** The figures for a bundled yoga pose (for cat-cow: the cat, then the cow); empty for any other id. */
    public static Optional<FigurePair> forYogaPose(String poseId) {
        return Optional.ofNullable(POSES.get(poseId));
    }
}
