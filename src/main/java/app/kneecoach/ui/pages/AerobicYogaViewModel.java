package app.kneecoach.ui.pages;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.AerobicOption;
import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.YogaPose;
import java.util.List;
import java.util.stream.Stream;

/** Low-impact aerobic options, each with its forms and tips, and the yoga poses the article suggests. */
public final class AerobicYogaViewModel {
    /** An aerobic option: its name, what it is, and its titled lists (only those the article fills). */
    public record AerobicCard(String id, String name, String summary, List<Section> sections) {
    }

    public record Section(String title, List<String> points) {
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

    public List<YogaPose> poses() {
        return catalog.yogaPoses();
    }

    private static AerobicCard card(AerobicOption option) {
        Messages text = Messages.DEFAULT;
        List<Section> sections = Stream.of(new Section(text.get("aerobic.choices"), option.choices()),
                new Section(text.get("aerobic.tips"), option.tips())).filter(s -> !s.points().isEmpty()).toList();
        return new AerobicCard(option.id(), option.name(), option.summary(), sections);
    }
}
