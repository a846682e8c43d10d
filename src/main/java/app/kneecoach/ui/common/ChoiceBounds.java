package app.kneecoach.ui.common;

import app.kneecoach.catalog.Dosage;
import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Range;

/**
 * The limits of each setup control for a dosage. A "+" hold may go well past its minimum, up to ten
 * minutes, in 5-second steps; everything else stays inside the article's range.
 */
public record ChoiceBounds(int targetMin, int targetMax, int targetStep, int setsMin, int setsMax, int topHoldMin,
                    int topHoldMax) {
    public static final int LONGEST_HOLD_SECONDS = 600;
    public static final int HOLD_STEP_SECONDS = 5;

    public static ChoiceBounds of(Dosage dosage) {
        Range work = dosage.work();
        boolean hold = dosage.mode() == DosageMode.HOLD;
        int targetMax = work.orMore() ? Math.max(work.max(), LONGEST_HOLD_SECONDS) : work.max();
        Range top = dosage.topHoldSeconds().orElse(Range.exactly(0));
        return new ChoiceBounds(work.min(), targetMax, hold ? HOLD_STEP_SECONDS : 1, dosage.sets().min(),
                dosage.sets().max(), top.min(), top.max());
    }

    public boolean targetAdjustable() {
        return targetMax > targetMin;
    }

    public boolean setsAdjustable() {
        return setsMax > setsMin;
    }

    public boolean topHoldAdjustable() {
        return topHoldMax > topHoldMin;
    }
}
