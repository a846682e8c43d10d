package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.session.PhaseKind;
import app.kneecoach.session.RepStage;
import app.kneecoach.session.SessionEvent;
import app.kneecoach.session.SessionResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.Step;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionSoundsTest {

    @Test
    void soundsAtWorkStartCountdownSideSwitchAndTheEnd() {
        assertEquals(Optional.of(Tone.WORK_START), SessionSounds.toneFor(started(PhaseKind.WORK)));
        assertEquals(Optional.of(Tone.SIDE_SWITCH), SessionSounds.toneFor(started(PhaseKind.SWITCH_SIDE)));
        assertEquals(Optional.of(Tone.COUNTDOWN), SessionSounds.toneFor(new SessionEvent.CountdownTick(2)));
        assertEquals(Optional.of(Tone.FINISHED), SessionSounds.toneFor(finished(SessionResult.Outcome.COMPLETED)));
    }

    @Test
    void quietOtherwise() {
        assertEquals(Optional.empty(), SessionSounds.toneFor(started(PhaseKind.REST)));
        assertEquals(Optional.empty(), SessionSounds.toneFor(started(PhaseKind.GET_READY)));
        assertEquals(Optional.empty(), SessionSounds.toneFor(new SessionEvent.RepStageChanged(1, RepStage.LIFT)));
        assertEquals(Optional.empty(), SessionSounds.toneFor(finished(SessionResult.Outcome.ENDED_EARLY)));
    }

    private static SessionEvent started(PhaseKind kind) {
        return new SessionEvent.PhaseStarted(new Step(kind, Side.RIGHT, 1, Optional.empty()));
    }

    private static SessionEvent finished(SessionResult.Outcome outcome) {
        return new SessionEvent.Finished(new SessionResult("x", null, List.of(), Instant.EPOCH, Instant.EPOCH, outcome));
    }
}
