package app.kneecoach.catalog;

import java.util.List;

/**
 * Something to hold off on while the knee recovers.
 *
 * @param examples named instances the article gives (sports, moves), possibly empty
 * @param reason   why to avoid it
 */
public record AvoidItem(String id, String title, List<String> examples, String reason) {
    public AvoidItem {
        examples = List.copyOf(examples);
    }
}
