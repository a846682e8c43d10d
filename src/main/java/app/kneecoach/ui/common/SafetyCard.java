package app.kneecoach.ui.common;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.userdata.PainTrend;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/** The warning shown when logged pain is not improving or getting worse, with the numbers and the advice. */
public final class SafetyCard {
    private SafetyCard() {
    }

    public static List<Node> content(SafetyText warning) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Blocks.heading(warning.title(), "h2"));
        nodes.add(Blocks.text(warning.numbers(), "safety-numbers"));
        nodes.addAll(Blocks.bullets(warning.advice()));
        return nodes;
    }

    public static Node card(Messages text, PainTrend.Warning warning, Catalog catalog) {
        Node card = Blocks.card("help-card", content(SafetyText.of(text, warning, catalog)));
        card.setId("safety-warning");
        return card;
    }
}
