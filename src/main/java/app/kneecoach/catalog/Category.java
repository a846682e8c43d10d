package app.kneecoach.catalog;

import app.kneecoach.json.Keyed;
/** How the article groups its exercises. */
public enum Category implements Keyed {
    STRETCH("stretch"),
    STRENGTHENING("strengthening"),
    CORE("core");

    private final String key;

    Category(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
