package app.kneecoach.figure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One picture: a body, the limbs that move (highlighted), the limbs on the far side in a side view
 * (drawn behind and paler), the props, and arrows for the movement.
 *
 * @param back where a side view's back bows toward, from hips to shoulders (a rounded or dipped back, as in
 *             cat-cow); empty for a straight back
 */
public record Figure(Pose pose, Set<Limb> active, Set<Limb> far, List<Prop> props, List<Arrow> arrows,
                     Optional<Point> back) {
    /** The logical box every figure is drawn in; views scale it. */
    public static final double WIDTH = 200;
    public static final double HEIGHT = 140;
    public static final double HEAD_RADIUS = 8;

    public Figure {
        active = Set.copyOf(active);
        far = Set.copyOf(far);
        props = List.copyOf(props);
        arrows = List.copyOf(arrows);
    }

    /** A figure with a straight back. */
    public Figure(Pose pose, Set<Limb> active, Set<Limb> far, List<Prop> props, List<Arrow> arrows) {
        this(pose, active, far, props, arrows, Optional.empty());
    }
}
