package app.kneecoach.catalog;

import java.util.List;

/** A titled block of general guidance (warm-up, ice and heat, when to see a professional...). */
public record GuidanceSection(String id, String title, List<String> points) {
    public GuidanceSection {
        points = List.copyOf(points);
    }
}
