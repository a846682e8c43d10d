package app.kneecoach.figure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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

    /** The limbs in drawing order: the far ones first, each group trunk and head, then legs, then arms on top. */
    public List<Limb> limbsBackToFront() {
        List<Limb> order = List.of(Limb.TORSO, Limb.HEAD_AND_NECK, Limb.LEFT_LEG, Limb.RIGHT_LEG, Limb.LEFT_ARM,
                Limb.RIGHT_ARM);
        return Stream.concat(order.stream().filter(far::contains), order.stream().filter(l -> !far.contains(l))).toList();
    }

    /** A figure with a straight back. */
    public Figure(Pose pose, Set<Limb> active, Set<Limb> far, List<Prop> props, List<Arrow> arrows) {
        this(pose, active, far, props, arrows, Optional.empty());
    }
}
