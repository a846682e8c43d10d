package app.kneecoach.ui.pages;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.AerobicOption;
import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.YogaPose;
import app.kneecoach.figure.FigureLibrary;
import app.kneecoach.figure.FigurePair;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Low-impact aerobic options, each with its forms and tips, and the yoga poses the article suggests. */
public final class AerobicYogaViewModel {
    /** An aerobic option: its name, what it is, and its titled lists (only those the article fills). */
    public record AerobicCard(String id, String name, String summary, List<Section> sections) {
    }

    public record Section(String title, List<String> points) {
    }

    /**
     * A yoga pose: what it is, how to do it and when to stop (empty where the catalog gives none), and its two
     * figures where there are any, under their captions ("Cat" and "Cow" for cat-cow).
     */
    public record PoseCard(String id, String name, String description, Section steps, Section cautions,
                           Optional<FigurePair> figures, String startCaption, String endCaption) {
    }

    private final Catalog catalog;

    public AerobicYogaViewModel(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<AerobicCard> aerobic() {
        return catalog.aerobicOptions().stream().map(AerobicYogaViewModel::card).toList();
    }

    /** How the article suggests fitting yoga in. */
    public String yogaIntro() {
        return catalog.yogaIntro();
    }

    public List<PoseCard> poses() {
        return catalog.yogaPoses().stream().map(AerobicYogaViewModel::card).toList();
    }

    private static PoseCard card(YogaPose pose) {
        Messages text = Messages.DEFAULT;
        return new PoseCard(pose.id(), pose.name(), pose.description(), new Section(text.get("yoga.steps"), pose.steps()),
                new Section(text.get("yoga.cautions"), pose.cautions()), FigureLibrary.forYogaPose(pose.id()),
                caption(text, pose, "start"), caption(text, pose, "end"));
    }

    /** The pose's own caption where the bundle has one ("yoga.figure.cat-cow.start"), else "Start" or "End". */
    private static String caption(Messages text, YogaPose pose, String which) {
        String own = "yoga.figure." + pose.id() + "." + which;
        return text.get(text.bundle().containsKey(own) ? own : "figure." + which);
    }

    private static AerobicCard card(AerobicOption option) {
        Messages text = Messages.DEFAULT;
        List<Section> sections = Stream.of(new Section(text.get("aerobic.choices"), option.choices()),
                new Section(text.get("aerobic.tips"), option.tips())).filter(s -> !s.points().isEmpty()).toList();
        return new AerobicCard(option.id(), option.name(), option.summary(), sections);
    }
}
