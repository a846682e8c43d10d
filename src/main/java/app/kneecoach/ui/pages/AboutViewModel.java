package app.kneecoach.ui.pages;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.GuidanceSection;
import java.util.List;

/** The About section's content from the catalog: when to get help, general guidance, causes, and the source. */
public final class AboutViewModel {
    private final Catalog catalog;

    public AboutViewModel(Catalog catalog) {
        this.catalog = catalog;
    }

    /** When to see a professional, shown first so it is never missed; none if the catalog has none. */
    public List<GuidanceSection> help() {
        return catalog.seeAProfessional().stream().toList();
    }

    public boolean helpShown() {
        return catalog.seeAProfessional().isPresent();
    }

    /** The rest of the general guidance, in the catalog's order. */
    public List<GuidanceSection> guidance() {
        return catalog.otherGuidance();
    }

    /** Common causes of inner knee pain. */
    public List<String> conditions() {
        return catalog.conditions();
    }

    public boolean conditionsShown() {
        return !catalog.conditions().isEmpty();
    }

    /** Where the program comes from, credited. */
    public String sourceLine() {
        Catalog.Source source = catalog.source();
        return Messages.DEFAULT.get("about.sourceLine", source.title(), source.author(), source.published());
    }
}
