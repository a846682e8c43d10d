package app.kneecoach.ui.testing;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** Sessions of one exercise for the progression's window tests: a day apart, every set done or stopped. */
public final class LoggedTimes {
    private LoggedTimes() {
    }

    /** One session {@code day} days after {@code first}, every set of {@code reps} done on every leg. */
    public static SessionRecord done(Exercise exercise, Instant first, int day, int reps, int sets, int before,
                                     int after) {
        return logged(exercise, first, day, reps, sets, sets, before, after, ExerciseOutcome.COMPLETED);
    }

    /** One session stopped with "It hurts" during its first set. */
    public static SessionRecord hurt(Exercise exercise, Instant first, int day, int reps, int sets, int before,
                                     int after) {
        return logged(exercise, first, day, reps, sets, 0, before, after, ExerciseOutcome.HURT);
    }

    private static SessionRecord logged(Exercise exercise, Instant first, int day, int reps, int sets, int doneSets,
                                        int before, int after, ExerciseOutcome outcome) {
        SessionChoice dose = SessionChoice.lowest(exercise.dosage()).withTarget(reps).withSets(sets);
        List<Side> legs = switch (exercise.dosage().sides()) {
            case BOTH_TOGETHER -> List.of(Side.BOTH);
            default -> List.of(Side.RIGHT, Side.LEFT);
        };
        List<SideResult> sides = legs.stream().map(leg -> new SideResult(leg, IntStream.rangeClosed(1, sets)
                .mapToObj(n -> new SetResult(n, reps, n <= doneSets ? reps : 0, n <= doneSets)).toList())).toList();
        Instant at = first.plus(Duration.ofDays(day));
        return new SessionRecord("logged-" + exercise.id() + "-" + day, at, at.plus(Duration.ofMinutes(10)),
                Optional.empty(), List.of(new ExerciseRecord(exercise.id(), exercise.name(), dose, Optional.empty(),
                sides, outcome)), OptionalInt.of(before), Optional.empty(), OptionalInt.of(after), Optional.empty(),
                SessionStatus.COMPLETED);
    }
}
