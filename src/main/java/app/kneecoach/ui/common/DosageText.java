package app.kneecoach.ui.common;

import app.kneecoach.catalog.Dosage;
import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Range;
import app.kneecoach.catalog.Sides;
import java.util.ArrayList;
import java.util.List;

/** Renders a dosage as the one-line summary users read at a glance, e.g. "Hold 30+ s · 2-3 sets · each leg". */
public final class DosageText {
    private final Messages text;

    public DosageText(Messages text) {
        this.text = text;
    }

    public String summary(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        if (dosage.mode() == DosageMode.HOLD) {
            parts.add(text.get("dosage.hold", range(dosage.work())));
        } else {
            parts.add(text.get("dosage.reps", range(dosage.work()), dosage.work().max()));
            dosage.topHoldSeconds().ifPresent(top -> parts.add(text.get("dosage.topHold", range(top))));
        }
        parts.add(sets(dosage.sets()));
        parts.add(sides(dosage.sides()));
        dosage.note().ifPresent(parts::add);
        return String.join(text.get("dosage.separator"), parts);
    }

    /** "each leg", "both legs together" or "each leg, alternating". */
    public String sides(Sides sides) {
        return text.get(switch (sides) {
            case EACH_SIDE -> "dosage.eachSide";
            case BOTH_TOGETHER -> "dosage.bothTogether";
            case ALTERNATING -> "dosage.alternating";
        });
    }

    /** "2-3 sets", "up to 3 sets", "1 set". */
    public String sets(Range sets) {
        String count = sets.min() == 1 && sets.max() > 1 ? text.get("range.upTo", sets.max()) : range(sets);
        return text.get("dosage.sets", count, sets.max());
    }

    /** "10-15", "10", "30+". */
    public String range(Range range) {
        if (range.orMore()) {
            return text.get("range.orMore", range.min());
        }
        return range.isSingle() ? String.valueOf(range.min()) : text.get("range.between", range.min(), range.max());
    }
}
