package app.kneecoach.ui.shell;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.FakeClock;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Tempo;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Sessions for the shell's view model tests, dated from a fake clock. */
final class RecordedSessions {
    private RecordedSessions() {
    }

    private static final ExerciseRecord ONE_BRIDGE_SET = new ExerciseRecord("bridge", "Bridge",
            new SessionChoice(DosageMode.REPS, 10, 1, 2, RepStyle.PACED, Tempo.DEFAULT), Optional.empty(),
            List.of(new SideResult(Side.BOTH, List.of(new SetResult(1, 10, 10, true)))), ExerciseOutcome.COMPLETED);

    /**
     * A session {@code day} days after the fake clock's start (2026-11-24), rated {@code pain} before and after,
     * with one set of bridges done.
     */
    static SessionRecord session(FakeClock clock, int day, int pain, SessionStatus status) {
        Instant start = clock.now().plus(Duration.ofDays(day));
        return new SessionRecord("s" + day + "-" + status.key(), start, start.plusSeconds(600), Optional.empty(),
                List.of(ONE_BRIDGE_SET), OptionalInt.of(pain), Optional.empty(), OptionalInt.of(pain),
                Optional.empty(), status);
    }

    /** Four days rated 3, 4, 5, 6, and the clock on the last of them: the pain warning's case. */
    static void risingPain(HistoryStore store, FakeClock clock) throws IOException {
        for (int day = 0; day < 4; day++) {
            store.add(session(clock, day, 3 + day, SessionStatus.COMPLETED));
        }
        clock.advance(Duration.ofDays(3));
    }
}
