package app.kneecoach.session;

/** Something that happened during {@link SessionEngine#update()}, in the order it happened. */
public sealed interface SessionEvent {

    /** A new phase began. */
    record PhaseStarted(Step step) implements SessionEvent {
    }

    /** One of the last three whole seconds of a timed phase began. */
    record CountdownTick(int secondsLeft) implements SessionEvent {
    }

    /** A paced rep moved to its next stage; {@code rep} counts the set's reps, of both legs where they alternate. */
    record RepStageChanged(int rep, RepStage stage) implements SessionEvent {
    }

    /** A rep was completed on a side; {@code reps} is how many that side has done in the set. */
    record RepCounted(Side side, int reps) implements SessionEvent {
    }

    /**
     * A set ended (reached or not) on a side; a set whose legs alternate ends once for each leg that did reps.
     * {@code soFar} is the session up to here, for saving.
     */
    record SetEnded(Side side, SetResult set, SessionResult soFar) implements SessionEvent {
    }

    /** A rest that waits for the person ({@link SessionChoice#restUntilReady()}) has lasted its planned length. */
    record RestPlannedReached(Step step) implements SessionEvent {
    }

    /** The session is over, completed or ended early. */
    record Finished(SessionResult result) implements SessionEvent {
    }
}
