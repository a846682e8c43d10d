package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.DosageText;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.AvoidItem;
import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.Sides;
import app.kneecoach.figure.FigureLibrary;
import app.kneecoach.figure.FigurePair;
import app.kneecoach.figure.FigureSvg;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A routine as one printable HTML file, for someone who wants it on paper beside them on the floor: how long it
 * takes, when to stop and when to get help, then each exercise with its dose, what it needs, its start and end
 * figures (inline SVG, so the file stands alone), its steps and cautions, and what to avoid. Styled by handout.css.
 */
final class RoutineHandout {
    private static final String STYLE = style();
    private final Messages text;
    private final Catalog catalog;
    private final RoutineTime time;

    RoutineHandout(Messages text, Catalog catalog, RoutineTime time) {
        this.text = text;
        this.catalog = catalog;
        this.time = time;
    }

    String html(Routine routine) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"").append(text.locale().toLanguageTag())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(routine.name()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(routine.name())).append("</h1>\n");
        paragraph(page, "", routine.description());
        paragraph(page, "time", time.words(text, "handout.time", routine));
        // When to stop and when to get help come first, to be read before the first exercise.
        box(page, text.get("handout.stopTitle"), List.of(text.get("handout.stop")));
        catalog.seeAProfessional().ifPresent(help -> box(page, help.title(), help.points()));
        List<PlannedExercise> planned = PlannedExercise.of(routine, catalog);
        for (int i = 0; i < planned.size(); i++) {
            section(page, i + 1, planned.get(i));
        }
        avoid(page);
        paragraph(page, "small", text.get("about.notAdvice"));
        paragraph(page, "small", text.get("about.sourceLine", catalog.source().title(), catalog.source().author(),
                catalog.source().published()));
        return page.append("</body>\n</html>\n").toString();
    }

    private void section(StringBuilder page, int number, PlannedExercise planned) {
        Exercise e = planned.exercise();
        page.append("<section class=\"exercise\">\n<h2>").append(number).append(". ")
                .append(escape(planned.title(text))).append("</h2>\n");
        page.append("<div class=\"columns\"><div class=\"words\">\n");
        paragraph(page, "dose", RoutineDose.of(text, e.dosage(), planned.choice()));
        paragraph(page, "legs", legs(e.dosage().sides(), planned.choice().target()));
        paragraph(page, "small", text.get("routines.range", new DosageText(text).summary(e.dosage())));
        planned.variation().ifPresent(v -> paragraph(page, "", v.description()));
        titled(page, text.get("detail.equipment"), "ul", e.equipment());
        page.append("<h3>").append(escape(text.get("detail.start"))).append("</h3>\n");
        paragraph(page, "", e.startPosition().asWritten());
        titled(page, text.get("detail.steps"), "ol", e.writtenSteps());
        titled(page, text.get("detail.cues"), "ul", e.cues());
        titled(page, text.get("detail.cautions"), "ul", e.cautions());
        page.append("</div>\n");
        // Beside the words, so an exercise takes half a page rather than a whole one.
        FigureLibrary.forExercise(e.id()).ifPresent(pair -> figures(page, e.name(), pair));
        page.append("</div>\n</section>\n");
    }

    /** How the legs share the sets, in a sentence, for the reader who has no player to lead them. */
    private String legs(Sides sides, int target) {
        return switch (sides) {
            case EACH_SIDE -> text.get("handout.legs.each");
            case BOTH_TOGETHER -> text.get("handout.legs.both");
            case ALTERNATING -> text.get("handout.legs.alternating", target);
        };
    }

    private void figures(StringBuilder page, String name, FigurePair pair) {
        page.append("<div class=\"figures\">");
        for (var figure : List.of(pair.start(), pair.end())) {
            String caption = text.get(figure == pair.start() ? "figure.start" : "figure.end");
            page.append("<figure><figcaption>").append(escape(caption)).append("</figcaption>")
                    .append(FigureSvg.of(figure, pair.frame(), text.get("handout.figureLabel", name, caption)))
                    .append("</figure>");
        }
        page.append("</div>\n");
    }

    private void avoid(StringBuilder page) {
        page.append("<div class=\"box\"><h3>").append(escape(text.get("avoid.title"))).append("</h3>\n");
        paragraph(page, "", catalog.avoidIntro());
        page.append("<ul>");
        for (AvoidItem item : catalog.avoidList()) {
            page.append("<li><strong>").append(escape(item.title())).append("</strong>");
            if (!item.examples().isEmpty()) {
                page.append(". ").append(escape(text.get("avoid.examples", String.join(", ", item.examples()))));
            }
            page.append(". ").append(escape(text.get("avoid.why", item.reason()))).append("</li>");
        }
        page.append("</ul></div>\n");
    }

    private static void box(StringBuilder page, String title, List<String> points) {
        page.append("<div class=\"box\">");
        titled(page, title, "ul", points);
        page.append("</div>\n");
    }

    private static void titled(StringBuilder page, String title, String tag, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        page.append("<h3>").append(escape(title)).append("</h3>\n<").append(tag).append('>');
        items.forEach(item -> page.append("<li>").append(escape(item)).append("</li>"));
        page.append("</").append(tag).append(">\n");
    }

    private static void paragraph(StringBuilder page, String styleClass, String content) {
        if (content.isEmpty()) {
            return;
        }
        page.append(styleClass.isEmpty() ? "<p>" : "<p class=\"" + styleClass + "\">").append(escape(content))
                .append("</p>\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String style() {
        try (InputStream in = RoutineHandout.class.getResourceAsStream("handout.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("handout.css is part of the app", e);
        }
    }
}
