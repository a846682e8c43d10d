package app.kneecoach.session;

import app.kneecoach.catalog.Dosage;
import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Range;

/**
 * What the user chose within an exercise's dosage.
 *
 * @param mode           hold or reps, as the exercise is dosed
 * @param target         seconds per hold, or reps per set
 * @param sets           sets per side (or in total, for both-legs exercises)
 * @param topHoldSeconds the pause at the top of each paced rep; 0 where the exercise has none
 * @param repStyle       paced or self-paced (reps only)
 * @param tempo          lift and lower times of a paced rep
 * @param restUntilReady whether each rest between sets waits for the person to say they are ready (the planned
 *                       rest is then only a reminder); not kept in the records, which keep the rest taken
 */
public record SessionChoice(DosageMode mode, int target, int sets, int topHoldSeconds, RepStyle repStyle, Tempo tempo,
                            boolean restUntilReady) {

    /** Rests of the planned length. */
    public SessionChoice(DosageMode mode, int target, int sets, int topHoldSeconds, RepStyle repStyle, Tempo tempo) {
        this(mode, target, sets, topHoldSeconds, repStyle, tempo, false);
    }

    /** The article's lowest dose: the gentle place to start. */
    public static SessionChoice lowest(Dosage dosage) {
        return new SessionChoice(dosage.mode(), dosage.work().min(), dosage.sets().min(),
                dosage.topHoldSeconds().map(Range::min).orElse(0), RepStyle.PACED, Tempo.DEFAULT);
    }

    public SessionChoice withTarget(int value) {
        return new SessionChoice(mode, value, sets, topHoldSeconds, repStyle, tempo, restUntilReady);
    }

    public SessionChoice withSets(int value) {
        return new SessionChoice(mode, target, value, topHoldSeconds, repStyle, tempo, restUntilReady);
    }

    public SessionChoice withTopHoldSeconds(int value) {
        return new SessionChoice(mode, target, sets, value, repStyle, tempo, restUntilReady);
    }

    public SessionChoice withRepStyle(RepStyle value) {
        return new SessionChoice(mode, target, sets, topHoldSeconds, value, tempo, restUntilReady);
    }

    public SessionChoice withTempo(Tempo value) {
        return new SessionChoice(mode, target, sets, topHoldSeconds, repStyle, value, restUntilReady);
    }

    public SessionChoice withRestUntilReady(boolean value) {
        return new SessionChoice(mode, target, sets, topHoldSeconds, repStyle, tempo, value);
    }

    /** @throws IllegalArgumentException naming the first choice outside the dosage */
    public void requireWithin(Dosage dosage) {
        if (mode != dosage.mode()) {
            throw new IllegalArgumentException("the exercise is dosed as " + dosage.mode() + ", not " + mode);
        }
        require(dosage.work(), target, mode == DosageMode.HOLD ? "hold seconds" : "reps");
        require(dosage.sets(), sets, "sets");
        require(dosage.topHoldSeconds().orElse(Range.exactly(0)), topHoldSeconds, "top-hold seconds");
    }

    private static void require(Range range, int value, String what) {
        if (!range.contains(value)) {
            throw new IllegalArgumentException(what + " " + value + " is outside " + range.min() + "-" + range.max()
                    + (range.orMore() ? "+" : ""));
        }
    }
}
