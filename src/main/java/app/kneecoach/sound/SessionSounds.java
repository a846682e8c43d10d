package app.kneecoach.sound;

import app.kneecoach.session.PhaseKind;
import app.kneecoach.session.SessionEvent;
import app.kneecoach.session.SessionResult;
import java.util.Optional;

/**
 * Which tone, if any, marks a session event: work starts, the last three seconds, a side switch, the planned
 * length of a rest that waits (softly), the end.
 */
public final class SessionSounds {
    private SessionSounds() {
    }

    public static Optional<Tone> toneFor(SessionEvent event) {
        if (event instanceof SessionEvent.PhaseStarted started) {
            PhaseKind kind = started.step().kind();
            return kind == PhaseKind.WORK ? Optional.of(Tone.WORK_START)
                    : kind == PhaseKind.SWITCH_SIDE ? Optional.of(Tone.SIDE_SWITCH) : Optional.empty();
        }
        if (event instanceof SessionEvent.RestPlannedReached) {
            return Optional.of(Tone.REST_PLANNED);
        }
        if (event instanceof SessionEvent.CountdownTick) {
            return Optional.of(Tone.COUNTDOWN);
        }
        if (event instanceof SessionEvent.Finished finished
                && finished.result().outcome() == SessionResult.Outcome.COMPLETED) {
            return Optional.of(Tone.FINISHED);
        }
        return Optional.empty();
    }
}
