package app.kneecoach.catalog;

/** A harder, easier or different way to do an exercise, as the article describes it. */
public record Variation(String name, String description) {
}
