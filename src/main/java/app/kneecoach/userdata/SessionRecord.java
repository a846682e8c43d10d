package app.kneecoach.userdata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One session in the history: a single exercise or a routine, with the pain check-ins around it.
 *
 * @param routineName the routine run, or empty for a single exercise
 * @param painBefore  0 (no pain) to 10 (worst imaginable) before starting, if the user rated it
 * @param painAfter   the same after finishing
 */
public record SessionRecord(String id, Instant startedAt, Instant endedAt, Optional<String> routineName,
                            List<ExerciseRecord> exercises, OptionalInt painBefore, Optional<String> noteBefore,
                            OptionalInt painAfter, Optional<String> noteAfter, SessionStatus status) {
    public static final int PAIN_MIN = 0;
    public static final int PAIN_MAX = 10;
    /** The longest note a check-in takes: the window lets no more be typed, and the reader accepts this much. */
    public static final int NOTE_MAX = 2000;

    public SessionRecord {
        exercises = List.copyOf(exercises);
        requirePain(painBefore);
        requirePain(painAfter);
    }

    private static void requirePain(OptionalInt pain) {
        if (pain.isPresent() && (pain.getAsInt() < PAIN_MIN || pain.getAsInt() > PAIN_MAX)) {
            throw new IllegalArgumentException("pain is rated 0 to 10: " + pain.getAsInt());
        }
    }

    /** Whether at least one set was finished: a session quit at once is kept, but is no session done. */
    public boolean anySetDone() {
        return exercises.stream().flatMap(e -> e.sides().stream()).anyMatch(side -> side.setsCompleted() > 0);
    }

    /** How it ended, and never "completed" while an exercise of it was not (see {@link ExerciseRecord#outcomeBySets}). */
    public SessionStatus statusBySets() {
        boolean everyExercise = exercises.stream().allMatch(e -> e.outcomeBySets() == ExerciseOutcome.COMPLETED);
        return status == SessionStatus.COMPLETED && !everyExercise ? SessionStatus.ENDED_EARLY : status;
    }

    public SessionRecord withExercises(List<ExerciseRecord> value) {
        return new SessionRecord(id, startedAt, endedAt, routineName, value, painBefore, noteBefore, painAfter,
                noteAfter, status);
    }

    public SessionRecord ended(Instant at, SessionStatus value) {
        return new SessionRecord(id, startedAt, at, routineName, exercises, painBefore, noteBefore, painAfter,
                noteAfter, value);
    }

    /** The same session with the check-ins before and after as the person corrected them. */
    public SessionRecord withCheckIns(OptionalInt newPainBefore, Optional<String> newNoteBefore,
                                      OptionalInt newPainAfter, Optional<String> newNoteAfter) {
        return new SessionRecord(id, startedAt, endedAt, routineName, exercises, newPainBefore, newNoteBefore,
                newPainAfter, newNoteAfter, status);
    }

    public SessionRecord withPainAfter(OptionalInt pain, Optional<String> note) {
        return new SessionRecord(id, startedAt, endedAt, routineName, exercises, painBefore, noteBefore, pain, note,
                status);
    }
}
