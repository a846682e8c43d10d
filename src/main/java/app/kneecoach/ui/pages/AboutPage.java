package app.kneecoach.ui.pages;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.CatalogPage;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.GuidanceSection;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/** When to get help (first, so it is never missed), general guidance, causes, the source, and the disclaimer. */
public final class AboutPage extends CatalogPage {
    public AboutPage(Catalog catalog) {
        super(catalog);
    }

    @Override
    protected List<Node> content() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Blocks.heading(text.get("about.title"), "h1"));
        nodes.add(Blocks.card("notice-card", List.of(Blocks.text(text.get("about.notAdvice"), "not-advice"))));
        catalog.seeAProfessional().ifPresent(g -> nodes.add(guidanceCard(g, "help-card")));
        nodes.add(Blocks.heading(text.get("about.guidance"), "h2"));
        catalog.otherGuidance().forEach(g -> nodes.add(guidanceCard(g, "guidance-card")));
        nodes.addAll(Blocks.section(text.get("about.conditions"), Blocks.bullets(catalog.conditions())));
        var source = catalog.source();
        nodes.addAll(Blocks.section(text.get("about.source"), List.of(Blocks.text(
                text.get("about.sourceLine", source.title(), source.author(), source.published())))));
        return nodes;
    }

    private Node guidanceCard(GuidanceSection section, String styleClass) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(section.title(), "h2"));
        content.addAll(Blocks.bullets(section.points()));
        Node card = Blocks.card(styleClass, content);
        card.setId("guidance-" + section.id());
        return card;
    }
}
