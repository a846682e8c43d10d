package app.kneecoach.catalog;

import java.util.List;

/**
 * A low-impact way to stay active.
 *
 * @param choices the concrete forms it takes (machines, pool activities, surfaces...)
 * @param tips    advice the article gives for it
 */
public record AerobicOption(String id, String name, String summary, List<String> choices, List<String> tips) {
    public AerobicOption {
        choices = List.copyOf(choices);
        tips = List.copyOf(tips);
    }
}
