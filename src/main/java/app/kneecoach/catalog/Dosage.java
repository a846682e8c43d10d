package app.kneecoach.catalog;

import java.util.Optional;

/**
 * How much of an exercise to do, exactly as the article doses it.
 *
 * @param mode           hold for a time, or repeat
 * @param holdSeconds    the hold time (HOLD mode only)
 * @param reps           the repetitions per set (REPS mode only)
 * @param topHoldSeconds the pause at the top of each rep, where the article gives one (REPS mode only)
 * @param sets           the number of sets
 * @param sides          each leg in turn, both legs together, or the legs alternating rep by rep
 * @param movement       what a repetition does, lifting and lowering or stepping up and down (LIFT for holds)
 * @param note           a condition the article attaches to the dosage (e.g. "if tolerated"), or empty
 */
public record Dosage(
        DosageMode mode,
        Optional<Range> holdSeconds,
        Optional<Range> reps,
        Optional<Range> topHoldSeconds,
        Range sets,
        Sides sides,
        Movement movement,
        Optional<String> note) {

    public Dosage {
        if (sides == Sides.ALTERNATING && mode == DosageMode.HOLD) {
            throw new IllegalArgumentException("legs can alternate only rep by rep, not in a hold");
        }
    }

    public static Dosage hold(Range seconds, Range sets, Sides sides) {
        return new Dosage(DosageMode.HOLD, Optional.of(seconds), Optional.empty(), Optional.empty(), sets, sides,
                Movement.LIFT, Optional.empty());
    }

    public static Dosage reps(Range reps, Optional<Range> topHoldSeconds, Range sets, Sides sides) {
        return new Dosage(DosageMode.REPS, Optional.empty(), Optional.of(reps), topHoldSeconds, sets, sides,
                Movement.LIFT, Optional.empty());
    }

    /** The same dosage with its repetitions named as {@code value}: lifts and lowers, or steps up and down. */
    public Dosage withMovement(Movement value) {
        return new Dosage(mode, holdSeconds, reps, topHoldSeconds, sets, sides, value, note);
    }

    /** The range the work phase is measured in: seconds for a hold, repetitions otherwise. */
    public Range work() {
        return mode == DosageMode.HOLD ? holdSeconds.orElseThrow() : reps.orElseThrow();
    }
}
