package app.kneecoach.ui.shell;

import app.kneecoach.session.FakeClock;
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

    /** A session {@code day} days after the fake clock's start (2026-11-24), rated {@code pain} before and after. */
    static SessionRecord session(FakeClock clock, int day, int pain, SessionStatus status) {
        Instant start = clock.now().plus(Duration.ofDays(day));
        return new SessionRecord("s" + day + "-" + status.key(), start, start.plusSeconds(600), Optional.empty(),
                List.of(), OptionalInt.of(pain), Optional.empty(), OptionalInt.of(pain), Optional.empty(), status);
    }

    /** Four days rated 3, 4, 5, 6, and the clock on the last of them: the pain warning's case. */
    static void risingPain(HistoryStore store, FakeClock clock) throws IOException {
        for (int day = 0; day < 4; day++) {
            store.add(session(clock, day, 3 + day, SessionStatus.COMPLETED));
        }
        clock.advance(Duration.ofDays(3));
    }
}
