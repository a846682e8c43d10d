package app.kneecoach.ui.pages;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.CatalogPage;

import app.kneecoach.catalog.AerobicOption;
import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.YogaPose;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/** Low-impact aerobic options and the suggested yoga poses. */
public final class AerobicYogaPage extends CatalogPage {

    public AerobicYogaPage(Catalog catalog) {
        super(catalog);
    }

    @Override
    protected List<Node> content() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Blocks.heading(text.get("aerobic.title"), "h1"));
        catalog.aerobicOptions().forEach(option -> nodes.add(aerobicCard(option)));
        nodes.add(Blocks.heading(text.get("yoga.title"), "h1"));
        nodes.add(Blocks.text(catalog.yogaIntro(), "lead"));
        catalog.yogaPoses().forEach(pose -> nodes.add(poseCard(pose)));
        return nodes;
    }

    private Node aerobicCard(AerobicOption option) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(option.name(), "h2"));
        content.add(Blocks.text(option.summary()));
        content.addAll(Blocks.section(text.get("aerobic.choices"), Blocks.bullets(option.choices())));
        content.addAll(Blocks.section(text.get("aerobic.tips"), Blocks.bullets(option.tips())));
        Node card = Blocks.card("aerobic-card", content);
        card.setId("aerobic-" + option.id());
        return card;
    }

    private Node poseCard(YogaPose pose) {
        Node card = Blocks.card("yoga-card", List.of(Blocks.heading(pose.name(), "h2"), Blocks.text(pose.description())));
        card.setId("yoga-" + pose.id());
        return card;
    }
}
