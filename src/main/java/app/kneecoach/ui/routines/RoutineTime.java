package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Routine;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Tempo;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How long a routine takes with the person's timings as they are now (get ready, rests, side switches, the pace
 * of paced reps), from the plan the player would follow for each exercise, in whole minutes.
 */
final class RoutineTime {
    private final Catalog catalog;
    private final Supplier<SessionSettings> settings;
    private final Supplier<Tempo> tempo;

    RoutineTime(Catalog catalog, Supplier<SessionSettings> settings, Supplier<Tempo> tempo) {
        this.catalog = catalog;
        this.settings = settings;
        this.tempo = tempo;
    }

    /** The expected length; empty when none of its exercises can be done with this catalog. */
    Optional<Duration> of(Routine routine) {
        var planned = PlannedExercise.of(routine, catalog);
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        SessionSettings timings = settings.get();
        Tempo pace = tempo.get();
        return Optional.of(SessionPlan.expectedLength(planned.stream().map(p -> p.plan(timings, pace)).toList()));
    }

    /** The length in the words of {@code key}, which takes the minutes ("about 14 minutes"); empty as above. */
    String words(Messages text, String key, Routine routine) {
        return of(routine).map(length -> text.get(key, minutes(length))).orElse("");
    }

    /** To the nearest minute, and never "0" for a routine that takes some seconds. */
    static long minutes(Duration length) {
        return Math.max(1, Math.round(length.toSeconds() / 60.0));
    }
}
