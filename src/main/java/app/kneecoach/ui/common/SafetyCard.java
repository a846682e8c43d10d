package app.kneecoach.ui.common;


import app.kneecoach.catalog.Catalog;
import app.kneecoach.userdata.PainTrend;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/** The warning shown when logged pain is not improving or getting worse, with the numbers and the advice. */
public final class SafetyCard {
    private SafetyCard() {
    }

    public static List<Node> content(Messages text, PainTrend.Warning warning, Catalog catalog) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Blocks.heading(text.get("safety." + warning.kind() + ".title"), "h2"));
        nodes.add(Blocks.text(text.get("safety.numbers", warning.firstPain(), Formats.DEFAULT.shortDate(warning.firstDay()),
                warning.lastPain(), Formats.DEFAULT.shortDate(warning.lastDay()), warning.ratedDays()), "safety-numbers"));
        catalog.seeAProfessional().ifPresent(g -> nodes.addAll(Blocks.bullets(g.points())));
        return nodes;
    }

    public static Node card(Messages text, PainTrend.Warning warning, Catalog catalog) {
        Node card = Blocks.card("help-card", content(text, warning, catalog));
        card.setId("safety-warning");
        return card;
    }
}
