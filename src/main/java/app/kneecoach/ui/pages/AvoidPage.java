package app.kneecoach.ui.pages;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.CatalogPage;

import app.kneecoach.catalog.AvoidItem;
import app.kneecoach.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/** What to hold off on, each with its reason, styled to stand out. */
public final class AvoidPage extends CatalogPage {

    public AvoidPage(Catalog catalog) {
        super(catalog);
    }

    @Override
    protected List<Node> content() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Blocks.heading(text.get("avoid.title"), "h1"));
        nodes.add(Blocks.text(catalog.avoidIntro(), "lead"));
        catalog.avoidList().forEach(item -> nodes.add(card(item)));
        return nodes;
    }

    private Node card(AvoidItem item) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(item.title(), "h2"));
        if (!item.examples().isEmpty()) {
            content.add(Blocks.text(text.get("avoid.examples") + ": " + String.join(", ", item.examples()), "avoid-examples"));
        }
        content.add(Blocks.text(text.get("avoid.why") + ": " + item.reason(), "avoid-reason"));
        Node card = Blocks.card("avoid-card", content);
        card.setId("avoid-" + item.id());
        return card;
    }
}
