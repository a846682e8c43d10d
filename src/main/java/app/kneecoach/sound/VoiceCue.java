package app.kneecoach.sound;

import app.kneecoach.session.Side;

/** Something the voice says during a session; {@link VoiceScript} says which clips speak it. */
public sealed interface VoiceCue {

    /**
     * An exercise is about to start: its name, then the leg ("right leg"), or for legs that take turns rep by rep
     * the leg to start with; {@link Side#BOTH} says the name alone.
     */
    record ExerciseStart(String exerciseId, Side side, boolean legsAlternate) implements VoiceCue {
    }

    /** "Switch to your left leg". */
    record SwitchSide(Side to) implements VoiceCue {
    }

    /** One of the last three seconds of a timed phase: "three", "two", "one". */
    record Countdown(int secondsLeft) implements VoiceCue {
    }

    /** A paced rep is done: its count, "one" up to the set's reps (on each leg, where the legs take turns). */
    record Rep(int count) implements VoiceCue {
    }

    /** Where the legs take turns rep by rep: the leg that moves now, "right" or "left". */
    record Leg(Side side) implements VoiceCue {
    }

    /** In a routine, the exercise after this one: "next", then its name. */
    record Next(String exerciseId) implements VoiceCue {
    }

    /** The cues that are one fixed word or phrase. */
    enum Word implements VoiceCue {
        /** A hold begins, or a paced rep pauses at the top. */
        HOLD,
        REST,
        /** The last set on this leg (said only where there is more than one). */
        LAST_SET,
        /** The first rep of a paced set lifts; later reps lift on their count. */
        LIFT,
        LOWER,
        /** Reps the person counts begin: "begin, at your own pace". */
        BEGIN,
        /** The exercise is finished. */
        DONE
    }
}
