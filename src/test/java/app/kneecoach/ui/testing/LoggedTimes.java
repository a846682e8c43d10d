package app.kneecoach.ui.testing;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.LoggedExercise;
import app.kneecoach.userdata.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
        return LoggedExercise.session("logged-" + exercise.id() + "-" + day, exercise, first.plus(Duration.ofDays(day)),
                reps, sets, doneSets, Optional.empty(), before, after, outcome);
    }
}
