package app.kneecoach.ui.common;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.Variation;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Step;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A session the app stopped in, ready to be taken up where it stopped: the exercises it plays (one, or its
 * routine's), the one to go on with and the sets of it already done. Found only while the catalog (and the
 * routine) still have what the session did, in the same order, and only soon after it stopped.
 *
 * @param at      the exercise to go on with, in {@code planned}
 * @param earlier its sets done before the app stopped, every side in order; empty to start it afresh
 */
public record Resumable(SessionRecord session, List<PlannedExercise> planned, int at, List<SideResult> earlier) {
    /**
     * Twelve hours: a session cut off by a crash, a power cut or an update is taken up the same day, while its
     * pain rating before still tells how the knee is. After a night or longer, the sets done then and those
     * done now would not be one session: it can still be kept or discarded, and the next one starts afresh.
     */
    public static final Duration RESUMABLE_FOR = Duration.ofHours(12);

    public Resumable {
        planned = List.copyOf(planned);
        earlier = List.copyOf(earlier);
    }

    /**
     * Where {@code session} can be taken up again at {@code now}, if it can: the exercise it stopped in (its
     * sets done kept), or in a routine the next one when it stopped between two.
     *
     * @param ownRoutines the user's routines, searched with the catalog's for the session's routine by name
     */
    public static Optional<Resumable> of(SessionRecord session, Catalog catalog, List<Routine> ownRoutines,
                                         Instant now) {
        Duration since = Duration.between(session.endedAt(), now);
        if (session.exercises().isEmpty() || since.isNegative() || since.compareTo(RESUMABLE_FOR) > 0) {
            return Optional.empty();
        }
        if (session.routineName().isEmpty()) {
            return catalog.exercise(session.exercises().get(0).exerciseId())
                    .flatMap(exercise -> resume(session, List.of(new PlannedExercise(exercise,
                            session.exercises().get(0).choice(), Optional.empty()))));
        }
        String name = session.routineName().get();
        return Stream.concat(catalog.routines().stream(), ownRoutines.stream())
                .filter(routine -> routine.name().equals(name))
                .flatMap(routine -> resume(session, PlannedExercise.of(routine, catalog)).stream())
                .findFirst();
    }

    /** The plan of the exercise to go on with, with the user's timings: what is left of it. */
    public SessionPlan plan(SessionSettings settings) {
        PlannedExercise next = planned.get(at);
        return SessionPlan.resumed(next.exercise(), next.choice(), settings, earlier);
    }

    /** The step it starts at: the get-ready before the first set not done (or the end, with every set done). */
    public Step startsAt() {
        return plan(SessionSettings.DEFAULT).steps().get(0);
    }

    /** Where in {@code planned} the session stopped, if each exercise done is the one planned at its place. */
    private static Optional<Resumable> resume(SessionRecord session, List<PlannedExercise> planned) {
        List<ExerciseRecord> done = session.exercises();
        int position = -1;
        for (int i = 0; i < done.size(); i++) {
            ExerciseRecord record = done.get(i);
            // After "It hurts", the easier version is played in the same place of the routine.
            boolean easierAfterHurt = i > 0 && done.get(i - 1).outcome() == ExerciseOutcome.HURT
                    && done.get(i - 1).exerciseId().equals(record.exerciseId());
            position += easierAfterHurt ? 0 : 1;
            if (position >= planned.size() || !planned.get(position).exercise().id().equals(record.exerciseId())) {
                return Optional.empty();
            }
        }
        ExerciseRecord last = done.get(done.size() - 1);
        if (last.outcome() != ExerciseOutcome.UNDER_WAY) {
            return position + 1 < planned.size()
                    ? Optional.of(new Resumable(session, planned, position + 1, List.of())) : Optional.empty();
        }
        Exercise exercise = planned.get(position).exercise();
        Optional<Variation> variation = last.variation().flatMap(name -> PlannedExercise.variation(exercise, name));
        if (last.variation().isPresent() && variation.isEmpty()) {
            return Optional.empty();
        }
        List<PlannedExercise> withDose = new ArrayList<>(planned);
        withDose.set(position, new PlannedExercise(exercise, last.choice(), variation));
        Resumable found = new Resumable(session, withDose, position, last.sides());
        try {
            found.startsAt();
            return Optional.of(found);
        } catch (IllegalArgumentException doseOrSidesChanged) {
            return Optional.empty();
        }
    }
}
