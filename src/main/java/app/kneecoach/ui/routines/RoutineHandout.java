package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import java.util.List;

/**
 * A routine as a printable HTML page: each exercise with its dose, steps and cautions, and the safety
 * advice, in large type, for someone who wants it on paper beside the mat.
 */
final class RoutineHandout {
    private final Messages text;
    private final Catalog catalog;

    RoutineHandout(Messages text, Catalog catalog) {
        this.text = text;
        this.catalog = catalog;
    }

    String html(Routine routine) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(routine.name())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;font-size:14pt;line-height:1.4;max-width:50em;margin:2em auto;}")
                .append("h2{margin-top:1.5em;border-bottom:2px solid #2a6f5b;}.dose{font-weight:bold;color:#2a6f5b;}")
                .append(".caution{color:#8a5a00;}.help{border:2px solid #a3301f;padding:0.5em 1em;}")
                .append("@media print{h2{break-after:avoid;}section{break-inside:avoid;}}")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(routine.name())).append("</h1>\n");
        if (!routine.description().isEmpty()) {
            page.append("<p>").append(escape(routine.description())).append("</p>\n");
        }
        List<PlannedExercise> planned = PlannedExercise.of(routine, catalog);
        for (int i = 0; i < planned.size(); i++) {
            section(page, i + 1, planned.get(i));
        }
        catalog.seeAProfessional().ifPresent(g -> {
            page.append("<div class=\"help\"><h3>").append(escape(g.title())).append("</h3>");
            list(page, "ul", g.points(), "");
            page.append("</div>\n");
        });
        page.append("<p><small>").append(escape(text.get("about.notAdvice"))).append("</small></p>\n</body>\n</html>\n");
        return page.toString();
    }

    private void section(StringBuilder page, int number, PlannedExercise planned) {
        Exercise e = planned.exercise();
        page.append("<section>\n<h2>").append(number).append(". ").append(escape(planned.title(text))).append("</h2>\n");
        String dose = RoutineDose.of(text, e.dosage(), planned.choice());
        page.append("<p class=\"dose\">").append(escape(dose)).append("</p>\n");
        planned.variation().ifPresent(v -> page.append("<p>").append(escape(v.description())).append("</p>\n"));
        page.append("<p><em>").append(escape(e.startPosition())).append("</em></p>\n");
        list(page, "ol", e.steps(), "");
        list(page, "ul", e.cues(), "");
        list(page, "ul", e.cautions(), "caution");
        page.append("</section>\n");
    }

    private static void list(StringBuilder page, String tag, List<String> items, String styleClass) {
        if (items.isEmpty()) {
            return;
        }
        page.append('<').append(tag).append(styleClass.isEmpty() ? "" : " class=\"" + styleClass + "\"").append('>');
        items.forEach(item -> page.append("<li>").append(escape(item)).append("</li>"));
        page.append("</").append(tag).append(">\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
