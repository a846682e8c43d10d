package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.DosageText;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.Dosage;
import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.SessionChoice;
import java.util.ArrayList;
import java.util.List;

/** The dose a routine does of an exercise, chosen within the article's range, in words. */
final class RoutineDose {
    private RoutineDose() {
    }

    /** E.g. "Hold 30 s · 2 sets · each leg" or "10 reps · hold 2 s at the top · 1 set · both legs together". */
    static String of(Messages text, Dosage dosage, SessionChoice choice) {
        List<String> parts = new ArrayList<>();
        parts.add(dosage.mode() == DosageMode.HOLD
                ? text.get("dosage.hold", choice.target())
                : text.get("dosage.reps", choice.target(), choice.target()));
        if (choice.topHoldSeconds() > 0) {
            parts.add(text.get("dosage.topHold", choice.topHoldSeconds()));
        }
        parts.add(text.get("dosage.sets", choice.sets(), choice.sets()));
        parts.add(new DosageText(text).sides(dosage.sides()));
        return String.join(text.get("dosage.separator"), parts);
    }
}
