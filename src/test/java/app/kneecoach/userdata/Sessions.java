package app.kneecoach.userdata;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Tempo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Sample sessions for the history tests, with every field set. */
final class Sessions {
    static final SessionChoice HOLD = new SessionChoice(DosageMode.HOLD, 30, 2, 0, RepStyle.PACED, Tempo.DEFAULT);
    static final SessionChoice BRIDGE = new SessionChoice(DosageMode.REPS, 12, 3, 4, RepStyle.SELF_PACED,
            new Tempo(Duration.ofMillis(1500), Duration.ofMillis(2500)));

    private Sessions() {
    }

    /** A full routine session on the given day (0 = 2026-11-01), with pain ratings and notes. */
    static SessionRecord full(int day, int painBefore, int painAfter) {
        Instant start = Instant.parse("2026-11-01T09:00:00Z").plus(Duration.ofDays(day));
        ExerciseRecord stretch = new ExerciseRecord("supine-hamstring-stretch", "Supine hamstring stretch", HOLD,
                Optional.empty(), List.of(
                        new SideResult(Side.RIGHT, List.of(new SetResult(1, 30, 30, true), new SetResult(2, 30, 45, true))),
                        new SideResult(Side.LEFT, List.of(new SetResult(1, 30, 12, false)))),
                ExerciseOutcome.ENDED_EARLY);
        ExerciseRecord bridge = new ExerciseRecord("bridge", "Bridge", BRIDGE, Optional.of("Ball squeeze"), List.of(
                new SideResult(Side.BOTH, List.of(new SetResult(1, 12, 12, true)))), ExerciseOutcome.HURT);
        return new SessionRecord("session-" + day, start, start.plus(Duration.ofMinutes(20)), Optional.of("Full program"),
                List.of(stretch, bridge), OptionalInt.of(painBefore), Optional.of("stiff \u201cmorning\u201d"),
                OptionalInt.of(painAfter), Optional.of("better"), SessionStatus.COMPLETED);
    }

    /** A hold session on the given day whose first set was followed by {@code restSeconds} of rest. */
    static SessionRecord rested(int day, int restSeconds) {
        Instant start = Instant.parse("2026-11-01T12:00:00Z").plus(Duration.ofDays(day));
        ExerciseRecord stretch = new ExerciseRecord("supine-hamstring-stretch", "Supine hamstring stretch", HOLD,
                Optional.empty(), List.of(new SideResult(Side.RIGHT, List.of(
                        new SetResult(1, 30, 30, true).withRest(restSeconds), new SetResult(2, 30, 30, true)))),
                ExerciseOutcome.COMPLETED);
        return new SessionRecord("rested-" + day, start, start.plus(Duration.ofMinutes(3)), Optional.empty(),
                List.of(stretch), OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                SessionStatus.COMPLETED);
    }

    /** A single-exercise session with no ratings. */
    static SessionRecord bare(int day) {
        Instant start = Instant.parse("2026-11-01T18:00:00Z").plus(Duration.ofDays(day));
        return new SessionRecord("bare-" + day, start, start.plus(Duration.ofMinutes(3)), Optional.empty(), List.of(),
                OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), SessionStatus.ENDED_EARLY);
    }
}
