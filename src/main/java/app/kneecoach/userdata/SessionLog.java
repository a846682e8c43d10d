package app.kneecoach.userdata;

import app.kneecoach.session.SessionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Records one session as it happens: the pain check-in, each exercise as its sets are done (handed to the
 * saver after every set, so a crash loses at most the set under way), and the ending.
 */
public final class SessionLog {
    private final SessionSaver saver;
    private final List<ExerciseRecord> done = new ArrayList<>();
    private SessionRecord record;
    private Optional<ExerciseRecord> current = Optional.empty();
    private boolean stoppedEarly;

    public SessionLog(SessionSaver saver, Instant startedAt, Optional<String> routineName, OptionalInt painBefore,
                      Optional<String> noteBefore) {
        // Saved as INTERRUPTED: if the app never gets to finish it, that is what it was.
        this(saver, new SessionRecord(UUID.randomUUID().toString(), startedAt, startedAt, routineName, List.of(),
                painBefore, noteBefore, OptionalInt.empty(), Optional.empty(), SessionStatus.INTERRUPTED));
    }

    private SessionLog(SessionSaver saver, SessionRecord record) {
        this.saver = saver;
        this.record = record;
    }

    /**
     * Goes on with a session the app stopped in, under the same id: its exercises stay as they were, but the one
     * still under way, which the player takes up again and reports whole (its earlier sets included).
     */
    public static SessionLog resume(SessionSaver saver, SessionRecord interrupted) {
        SessionLog log = new SessionLog(saver, interrupted);
        interrupted.exercises().stream().filter(e -> e.outcome() != ExerciseOutcome.UNDER_WAY).forEach(log.done::add);
        return log;
    }

    /** After each completed set: the exercise so far, saved at once. */
    public void progress(String exerciseName, Optional<String> variation, SessionResult soFar) {
        current = Optional.of(exercise(exerciseName, variation, soFar, ExerciseOutcome.UNDER_WAY));
        save(soFar.endedAt());
    }

    /**
     * When an exercise ends: completed (every planned set on every side done to its target, however the
     * player got to its end), stopped because it hurt, skipped before anything was done, or else ended early.
     */
    public void exerciseEnded(String exerciseName, Optional<String> variation, SessionResult result, boolean hurt)
            {
        boolean nothingDone = result.sides().stream().allMatch(side -> side.sets().isEmpty());
        ExerciseOutcome outcome = hurt ? ExerciseOutcome.HURT
                : result.everySetComplete() ? ExerciseOutcome.COMPLETED
                : nothingDone ? ExerciseOutcome.SKIPPED
                : ExerciseOutcome.ENDED_EARLY;
        done.add(exercise(exerciseName, variation, result, outcome));
        current = Optional.empty();
        save(result.endedAt());
    }

    /** The person left the routine before its last exercise: the session ended early, whatever was done. */
    public void stopEarly() {
        stoppedEarly = true;
    }

    /** Ends the session with the closing pain check-in and adds it to the history. */
    public SessionRecord finish(Instant endedAt, OptionalInt painAfter, Optional<String> noteAfter) {
        boolean allDone = !stoppedEarly && !done.isEmpty() && done.stream().allMatch(e -> e.outcome() == ExerciseOutcome.COMPLETED);
        SessionRecord finished = snapshot()
                .withPainAfter(painAfter, noteAfter)
                .ended(endedAt, allDone ? SessionStatus.COMPLETED : SessionStatus.ENDED_EARLY);
        saver.save(finished, true);
        record = finished;
        return finished;
    }

    public SessionRecord snapshot() {
        List<ExerciseRecord> all = new ArrayList<>(done);
        current.ifPresent(all::add);
        return record.withExercises(all);
    }

    private void save(Instant at) {
        record = record.ended(at, SessionStatus.INTERRUPTED);
        saver.save(snapshot(), false);
    }

    private static ExerciseRecord exercise(String name, Optional<String> variation, SessionResult result,
                                           ExerciseOutcome outcome) {
        return new ExerciseRecord(result.exerciseId(), name, result.choice(), variation, result.sides(), outcome);
    }
}
