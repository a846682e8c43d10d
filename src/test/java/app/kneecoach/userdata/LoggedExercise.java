package app.kneecoach.userdata;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** A logged session of one exercise, as the progression's tests need them: a dose, sets done, pain, outcome. */
public final class LoggedExercise {
    private LoggedExercise() {
    }

    /** Ten minutes from {@code at}; {@code doneSets} complete sets of {@code reps} on every leg, the rest none. */
    public static SessionRecord session(String id, Exercise exercise, Instant at, int reps, int sets, int doneSets,
                                        Optional<String> version, int before, int after, ExerciseOutcome outcome) {
        SessionChoice dose = SessionChoice.lowest(exercise.dosage()).withTarget(reps).withSets(sets);
        List<Side> legs = switch (exercise.dosage().sides()) {
            case BOTH_TOGETHER -> List.of(Side.BOTH);
            default -> List.of(Side.RIGHT, Side.LEFT);
        };
        List<SideResult> sides = legs.stream().map(leg -> new SideResult(leg, IntStream.rangeClosed(1, sets)
                .mapToObj(n -> new SetResult(n, reps, n <= doneSets ? reps : 0, n <= doneSets)).toList())).toList();
        return new SessionRecord(id, at, at.plus(Duration.ofMinutes(10)), Optional.empty(),
                List.of(new ExerciseRecord(exercise.id(), exercise.name(), dose, version, sides, outcome)),
                OptionalInt.of(before), Optional.empty(), OptionalInt.of(after), Optional.empty(),
                SessionStatus.COMPLETED);
    }
}
