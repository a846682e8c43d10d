package app.kneecoach.userdata;

import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SideResult;
import java.util.List;
import java.util.Optional;

/**
 * One exercise as it was done in a session.
 *
 * @param exerciseName the name at the time, so history reads well even if the catalog changes
 * @param variation    the progression or regression done instead of the plain exercise, if any
 */
public record ExerciseRecord(String exerciseId, String exerciseName, SessionChoice choice, Optional<String> variation,
                             List<SideResult> sides, ExerciseOutcome outcome) {
    public ExerciseRecord {
        sides = List.copyOf(sides);
    }

    /**
     * How it ended, and never "completed" while a planned set on a side is missing: earlier versions saved an
     * exercise as completed once its last phase was skipped through, so the sets decide.
     */
    public ExerciseOutcome outcomeBySets() {
        boolean everySet = sides.stream().allMatch(side -> side.setsCompleted() >= choice.sets());
        return outcome == ExerciseOutcome.COMPLETED && !everySet ? ExerciseOutcome.ENDED_EARLY : outcome;
    }

    public long setsCompleted() {
        return sides.stream().mapToLong(SideResult::setsCompleted).sum();
    }
}
