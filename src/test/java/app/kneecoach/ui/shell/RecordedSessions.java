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

    /**
     * A finished session of {@code routine} (its name) {@code day} days and {@code hours} hours after the fake
     * clock's start (2026-11-24 08:00 UTC, a Tuesday), with one set of bridges done.
     */
    static SessionRecord ofRoutine(FakeClock clock, int day, int hours, String routine) {
        Instant start = clock.now().plus(Duration.ofDays(day)).plus(Duration.ofHours(hours));
        return new SessionRecord("r" + day + "-" + hours + "-" + routine, start, start.plusSeconds(600),
                Optional.of(routine), List.of(ONE_BRIDGE_SET), OptionalInt.of(2), Optional.empty(), OptionalInt.of(2),
                Optional.empty(), SessionStatus.COMPLETED);
    }

    /**
     * A session of the seated butterfly stretch (3 sets of 60 s) that the app stopped in after {@code setsDone}
     * sets, saved as under way ten minutes after the fake clock's start; rated 4 before.
     */
    static SessionRecord underWay(FakeClock clock, int setsDone, int sets) {
        List<SetResult> done = java.util.stream.IntStream.rangeClosed(1, setsDone)
                .mapToObj(set -> new SetResult(set, 60, 60, true)).toList();
        ExerciseRecord butterfly = new ExerciseRecord("seated-butterfly-stretch", "Seated butterfly stretch",
                new SessionChoice(DosageMode.HOLD, 60, sets, 0, RepStyle.PACED, Tempo.DEFAULT), Optional.empty(),
                List.of(new SideResult(Side.BOTH, done)), ExerciseOutcome.UNDER_WAY);
        Instant start = clock.now();
        return new SessionRecord("stopped", start, start.plusSeconds(600), Optional.empty(), List.of(butterfly),
                OptionalInt.of(4), Optional.empty(), OptionalInt.empty(), Optional.empty(), SessionStatus.INTERRUPTED);
    }

    /** Four days rated 3, 4, 5, 6, and the clock on the last of them: the pain warning's case. */
    static void risingPain(HistoryStore store, FakeClock clock) throws IOException {
        for (int day = 0; day < 4; day++) {
            store.add(session(clock, day, 3 + day, SessionStatus.COMPLETED));
        }
        clock.advance(Duration.ofDays(3));
    }
}
