package app.kneecoach.catalog;

import java.util.List;

/**
 * A yoga pose the article suggests to start with.
 *
 * @param steps    how to do it, in order; empty where the pose is described elsewhere (the butterfly stretch)
 * @param cautions when to stop or hold back
 */
public record YogaPose(String id, String name, String description, List<String> steps, List<String> cautions) {

    public YogaPose {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
    }
}
