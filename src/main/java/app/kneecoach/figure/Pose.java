package app.kneecoach.figure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Where every joint of a body is, in the logical box. */
public record Pose(Map<Joint, Point> joints) {

    public Pose {
        EnumMap<Joint, Point> copy = new EnumMap<>(Joint.class);
        copy.putAll(joints);
        for (Joint joint : Joint.values()) {
            Objects.requireNonNull(copy.get(joint), () -> "no position for " + joint);
        }
        joints = Collections.unmodifiableMap(copy);
    }

    public Point at(Joint joint) {
        return joints.get(joint);
    }
}
