package app.kneecoach.ui.pages;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.AvoidItem;
import app.kneecoach.catalog.Catalog;
import java.util.List;
import java.util.Optional;

/** What to hold off on while the knee recovers, each with its examples and the reason, in words. */
public final class AvoidViewModel {
    /**
     * One thing to avoid.
     *
     * @param examples "For example: ...", or empty where the article names none
     * @param reason   "Why: ..."
     */
    public record AvoidCard(String id, String title, Optional<String> examples, String reason) {
    }

    private final Catalog catalog;

    public AvoidViewModel(Catalog catalog) {
        this.catalog = catalog;
    }

    public String intro() {
        return catalog.avoidIntro();
    }

    public List<AvoidCard> items() {
        return catalog.avoidList().stream().map(AvoidViewModel::card).toList();
    }

    private static AvoidCard card(AvoidItem item) {
        Messages text = Messages.DEFAULT;
        Optional<String> examples = item.examples().isEmpty() ? Optional.empty()
                : Optional.of(text.get("avoid.examples", String.join(", ", item.examples())));
        return new AvoidCard(item.id(), item.title(), examples, text.get("avoid.why", item.reason()));
    }
}
