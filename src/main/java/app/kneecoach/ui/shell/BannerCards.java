package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.ui.common.Resumable;
import app.kneecoach.ui.common.SafetyText;
import app.kneecoach.ui.shell.BannersViewModel.Action;
import app.kneecoach.ui.shell.BannersViewModel.Banner;
import app.kneecoach.ui.shell.BannersViewModel.Kind;
import app.kneecoach.ui.shell.BannersViewModel.Line;
import app.kneecoach.ui.shell.BannersViewModel.LineKind;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.json.FileProblem;
import app.kneecoach.session.PhaseKind;
import app.kneecoach.session.Side;
import app.kneecoach.session.Step;
import app.kneecoach.userdata.JsonImport;
import app.kneecoach.userdata.PainTrend;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.StoreNotice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The cards' words, from what was found: a data file's problem, an import, an interrupted session, a pain warning. */
final class BannerCards {
    private static final int PROBLEMS_SHOWN = 3;

    private final Messages text = Messages.DEFAULT;
    private final Catalog catalog;
    private final AppServices services;

    BannerCards(Catalog catalog, AppServices services) {
        this.catalog = catalog;
        this.services = services;
    }

    Banner data(StoreNotice notice) {
        List<Line> lines = new ArrayList<>();
        notice.problems().stream().limit(PROBLEMS_SHOWN).map(FileProblem::toString)
                .forEach(problem -> lines.add(new Line(LineKind.BULLET, problem)));
        boolean notSaved = notice.kind() != StoreNotice.Kind.UNREADABLE;
        lines.add(new Line(LineKind.TEXT, notSaved
                ? text.get(notice.kind() == StoreNotice.Kind.READ_ONLY ? "banner.readOnly" : "banner.notSaved")
                : notice.keptAs().map(kept -> text.get(keptMessage(notice), kept, notice.kept()))
                        .orElse(text.get("banner.dataNotKept"))));
        return new Banner(Kind.DATA, "data:" + notice.file(),
                text.get(notSaved ? "banner.notSavedTitle" : "banner.dataTitle"), lines, List.of(Action.CLOSE));
    }

    /** What was carried over from a damaged file: sessions, routines, or (settings, window) values. */
    private static String keptMessage(StoreNotice notice) {
        String name = notice.file().getFileName().toString();
        if (name.equals(JsonImport.ROUTINES_FILE)) {
            return "banner.routinesKept";
        }
        return name.endsWith(".json") && !name.equals(JsonImport.HISTORY_FILE) && !name.equals(
                JsonImport.IN_PROGRESS_FILE) ? "banner.valuesKept" : "banner.dataKept";
    }

    Banner imported(JsonImport.Report report) {
        String files = report.keptAs().stream().map(path -> path.getFileName().toString())
                .collect(Collectors.joining(", "));
        String what = report.sessions() == 0 && report.routines() == 0
                ? text.get("banner.importSessionText", files)
                : text.get("banner.importText", report.sessions(), report.routines(), files);
        return new Banner(Kind.IMPORTED, "imported", text.get("banner.importTitle"),
                List.of(new Line(LineKind.TEXT, what)), List.of(Action.CLOSE));
    }

    /** The interrupted session's card, with Resume while it can be taken up again. */
    Banner interrupted(SessionRecord session, Optional<Resumable> resumable) {
        String when = Formats.DEFAULT.dateTime(session.startedAt(), services.zone());
        String what = session.exercises().stream().map(e -> e.exerciseName()).collect(Collectors.joining(", "));
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(LineKind.TEXT, text.get("banner.interruptedText", when, what.isEmpty() ? "\u2013" : what)));
        resumable.ifPresent(resume -> lines.add(new Line(LineKind.TEXT, resumeText(resume))));
        List<Action> actions = resumable.isPresent() ? List.of(Action.RESUME, Action.KEEP, Action.DISCARD)
                : List.of(Action.KEEP, Action.DISCARD);
        return new Banner(Kind.INTERRUPTED, BannersViewModel.INTERRUPTED, text.get("banner.interruptedTitle"), lines, actions);
    }

    /** Where Resume goes on: the set of the exercise it stopped in, or the routine's next exercise. */
    private String resumeText(Resumable resume) {
        PlannedExercise next = resume.planned().get(resume.at());
        String name = next.title(text);
        if (resume.earlier().isEmpty()) {
            return text.get("banner.resumeNext", name, resume.at() + 1, resume.planned().size());
        }
        Step start = resume.startsAt();
        if (start.kind() == PhaseKind.DONE) {
            return text.get("banner.resumeEnd", name);
        }
        Side side = resume.plan(services.settings()).alternating() ? Side.BOTH : start.side();
        return text.get("banner.resumeSet", name, text.get("side." + side.name()), start.set(), next.choice().sets());
    }

    Banner warning(PainTrend.Warning found) {
        SafetyText warning = SafetyText.of(text, found, catalog);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(LineKind.NUMBERS, warning.numbers()));
        warning.advice().forEach(point -> lines.add(new Line(LineKind.BULLET, point)));
        return new Banner(Kind.WARNING, BannersViewModel.WARNING, warning.title(), lines, List.of(Action.CLOSE));
    }
}
