package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.SessionChoice;

/** The dose a routine does of an exercise, chosen within the article's range, in words. */
final class RoutineDose {
    private RoutineDose() {
    }

    /** E.g. "Hold 30 s · 2 sets" or "10 reps · 1 set". */
    static String of(Messages text, DosageMode mode, SessionChoice choice) {
        String work = mode == DosageMode.HOLD
                ? text.get("dosage.hold", choice.target())
                : text.get("dosage.reps", choice.target(), choice.target());
        return work + text.get("dosage.separator") + text.get("dosage.sets", choice.sets(), choice.sets());
    }
}
