package app.kneecoach.ui.common;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.GuidanceSection;
import app.kneecoach.userdata.PainTrend;
import java.util.List;

/**
 * The pain warning in words: its title, the numbers that show it, and the article's advice to see a
 * professional. Plain text, so a view model can hold it and {@link SafetyCard} can lay it out.
 */
public record SafetyText(String title, String numbers, List<String> advice) {

    public static SafetyText of(Messages text, PainTrend.Warning warning, Catalog catalog) {
        return new SafetyText(text.get("safety." + warning.kind() + ".title"),
                text.get("safety.numbers", warning.firstPain(), Formats.DEFAULT.shortDate(warning.firstDay()),
                        warning.lastPain(), Formats.DEFAULT.shortDate(warning.lastDay()), warning.ratedDays()),
                catalog.seeAProfessional().map(GuidanceSection::points).orElse(List.of()));
    }
}
