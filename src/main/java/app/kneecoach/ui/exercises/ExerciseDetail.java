package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.DosageText;
import app.kneecoach.ui.common.FigurePairView;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Variation;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Lays out everything about one exercise, in the order someone doing it needs it. */
final class ExerciseDetail {
    private final Messages text;
    private final DosageText dosage;
    private final SessionSetupView setup;

    ExerciseDetail(Messages text, SessionSetupView setup) {
        this.text = text;
        this.dosage = new DosageText(text);
        this.setup = setup;
    }

    List<Node> build(Exercise e) {
        List<Node> nodes = new ArrayList<>();
        Label category = Blocks.text(text.get("category." + e.category().key()), "category-chip");
        Label name = Blocks.heading(e.name(), "h1");
        name.setId("detail-name");
        Label summary = Blocks.text(dosage.summary(e.dosage()), "dosage-summary");
        summary.setId("detail-dosage");
        // Start stays in view on a small window; the pictures of the positions follow it.
        nodes.addAll(List.of(category, name, summary, setup.build(e)));
        FigurePairView.of(text, e).ifPresent(nodes::add);
        nodes.addAll(Blocks.section(text.get("detail.targets"), List.of(Blocks.text(e.targets(), "targets"))));
        nodes.addAll(Blocks.section(text.get("detail.why"), List.of(Blocks.text(e.whyItHelps()))));
        nodes.addAll(Blocks.section(text.get("detail.equipment"), e.equipment().isEmpty()
                ? List.of(Blocks.text(text.get("detail.noEquipment"))) : Blocks.bullets(e.equipment())));
        nodes.addAll(Blocks.section(text.get("detail.start"), List.of(Blocks.text(e.startPosition()))));
        nodes.addAll(Blocks.section(text.get("detail.steps"), Blocks.numbered(e.steps())));
        nodes.addAll(Blocks.section(text.get("detail.cues"), Blocks.bullets(e.cues())));
        if (!e.cautions().isEmpty()) {
            nodes.add(Blocks.card("caution-card", Blocks.section(text.get("detail.cautions"), Blocks.bullets(e.cautions()))));
        }
        nodes.addAll(Blocks.section(text.get("detail.progressions"), variations(e.progressions())));
        nodes.addAll(Blocks.section(text.get("detail.regressions"), variations(e.regressions())));
        nodes.addAll(Blocks.section(text.get("detail.variations"), variations(e.variations())));
        nodes.addAll(Blocks.section(text.get("detail.otherOptions"), Blocks.bullets(e.otherOptions())));
        return nodes;
    }

    private static List<Node> variations(List<Variation> variations) {
        return variations.stream()
                .<Node>map(v -> Blocks.card("variation-card", List.of(
                        Blocks.text(v.name(), "variation-name"), Blocks.text(v.description()))))
                .toList();
    }
}
