package app.kneecoach.catalog;

/** A yoga pose the article suggests to start with. */
public record YogaPose(String id, String name, String description) {
}
