package app.kneecoach.userdata;

import app.kneecoach.catalog.Dosage;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Range;
import app.kneecoach.catalog.Sides;
import app.kneecoach.catalog.Variation;
import app.kneecoach.session.SessionChoice;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The article's two directions for an exercise, applied to the person's own log of it: build up (the top of
 * the dose range, then the harder version) once it has become easy, and go back (the easier version, or the
 * lowest dose) when it hurts. Only the article's ranges and versions are ever suggested.
 * <ul>
 * <li>Easier: the latest time ended with "It hurts", or pain after rose by {@value #RISE} or more over pain
 * before in two of the last three times. Checked first: caution wins.</li>
 * <li>Harder: the last {@value #EASY_RUN} times were all the same dose and version, every planned set done,
 * both ratings given, pain after no higher than before and at most {@value #LOW_PAIN}.</li>
 * </ul>
 * Times before the person last dismissed a suggestion for the exercise do not count: the evidence starts again.
 */
public final class Progression {
    static final int EASY_RUN = 3;
    static final int LOW_PAIN = 2;
    static final int RISE = 2;
    static final int RISES_IN_LAST_THREE = 2;

    private Progression() {
    }

    /** Sessions read at a time, newest first, while looking for the latest times of an exercise. */
    static final int PAGE = 50;

    /**
     * The suggestion for {@code exercise} from the finished sessions that include it, after its last dismissal
     * as the person's plans hold it. Both rules look at the latest three times at most, so only the newest
     * sessions are read, a page at a time, until three times are found: run it off the window's thread.
     */
    public static Optional<Suggestion> suggest(Exercise exercise, SessionSource sessions, ExercisePlanStore plans)
            throws IOException {
        Optional<Instant> dismissedAt = plans.of(exercise.id()).dismissedAt();
        List<SessionRecord> withIt = new ArrayList<>();
        long times = 0;
        Instant before = Instant.MAX;
        while (times < EASY_RUN && dismissedAt.map(before::isAfter).orElse(true)) {
            List<SessionRecord> page = sessions.before(before, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (SessionRecord s : page) {
                long here = s.exercises().stream().filter(e -> isTime(exercise, e)).count();
                if (here > 0) {
                    withIt.add(s);
                    times += here;
                }
            }
            before = page.stream().map(SessionRecord::startedAt).min(Comparator.naturalOrder()).orElseThrow();
        }
        return suggest(exercise, withIt, dismissedAt);
    }

    /** A time the exercise was done: some set of it, or stopped because it hurt. */
    private static boolean isTime(Exercise exercise, ExerciseRecord e) {
        return e.exerciseId().equals(exercise.id()) && (e.outcome() == ExerciseOutcome.HURT || e.setsCompleted() > 0);
    }

    /**
     * @param sessions    the history, in any order
     * @param dismissedAt when the person last dismissed a suggestion for this exercise, if ever
     */
    public static Optional<Suggestion> suggest(Exercise exercise, List<SessionRecord> sessions,
                                               Optional<Instant> dismissedAt) {
        List<Attempt> attempts = attempts(exercise, sessions, dismissedAt);
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        Optional<Suggestion> easier = easier(exercise, attempts);
        return easier.isPresent() ? easier : harder(exercise, attempts);
    }

    private static Optional<Suggestion> easier(Exercise exercise, List<Attempt> attempts) {
        Attempt latest = attempts.get(attempts.size() - 1);
        List<Attempt> lastThree = attempts.subList(Math.max(0, attempts.size() - 3), attempts.size());
        List<Attempt> rises = lastThree.stream().filter(Attempt::painRose).toList();
        Suggestion.Reason reason;
        List<Attempt> evidence;
        if (latest.record().outcome() == ExerciseOutcome.HURT) {
            reason = Suggestion.Reason.HURT;
            evidence = List.of(latest);
        } else if (rises.size() >= RISES_IN_LAST_THREE) {
            reason = Suggestion.Reason.PAIN_ROSE;
            evidence = rises;
        } else {
            return Optional.empty();
        }
        SessionChoice lowest = SessionChoice.lowest(exercise.dosage());
        Optional<Variation> easierVersion = exercise.regressions().stream().findFirst()
                .filter(v -> !named(exercise.regressions(), latest.record().variation()));
        if (easierVersion.isPresent()) {
            return Optional.of(new Suggestion(exercise.id(), Suggestion.Direction.EASIER, reason,
                    latest.record().choice(), easierVersion.map(Variation::name), evidence));
        }
        SessionChoice done = latest.record().choice();
        if (done.target() > lowest.target() || done.sets() > lowest.sets()) {
            return Optional.of(new Suggestion(exercise.id(), Suggestion.Direction.EASIER, reason,
                    done.withTarget(lowest.target()).withSets(lowest.sets()), latest.record().variation(), evidence));
        }
        return Optional.empty();
    }

    private static Optional<Suggestion> harder(Exercise exercise, List<Attempt> attempts) {
        if (attempts.size() < EASY_RUN) {
            return Optional.empty();
        }
        List<Attempt> run = attempts.subList(attempts.size() - EASY_RUN, attempts.size());
        Attempt latest = run.get(EASY_RUN - 1);
        SessionChoice dose = latest.record().choice();
        Optional<String> version = latest.record().variation();
        boolean easy = run.stream().allMatch(a -> a.sameDose(dose, version) && a.wholeDoseDone(exercise.dosage())
                && a.easy());
        if (!easy) {
            return Optional.empty();
        }
        return nextStep(exercise, dose, version).map(next -> new Suggestion(exercise.id(),
                Suggestion.Direction.HARDER, Suggestion.Reason.EASY_RUN, next.dose(), next.version(), run));
    }

    private record Step(SessionChoice dose, Optional<String> version) {
    }

    /** The top of the reps or hold range, then of the sets, then the article's first harder version. */
    private static Optional<Step> nextStep(Exercise exercise, SessionChoice dose, Optional<String> version) {
        Dosage dosage = exercise.dosage();
        Range work = dosage.work();
        // "30+ s" names no top: the article leaves longer holds to the person, so nothing is made up here.
        if (!work.orMore() && dose.target() < work.max()) {
            return Optional.of(new Step(dose.withTarget(work.max()), version));
        }
        if (dose.sets() < dosage.sets().max()) {
            return Optional.of(new Step(dose.withSets(dosage.sets().max()), version));
        }
        if (named(exercise.regressions(), version)) {
            // Easy on the easier version: back to the plain exercise, at its lowest dose.
            return Optional.of(new Step(dose.withTarget(work.min()).withSets(dosage.sets().min()), Optional.empty()));
        }
        if (named(exercise.progressions(), version) || exercise.progressions().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step(dose, Optional.of(exercise.progressions().get(0).name())));
    }

    private static boolean named(List<Variation> versions, Optional<String> version) {
        return versions.stream().anyMatch(v -> version.equals(Optional.of(v.name())));
    }

    private static List<Attempt> attempts(Exercise exercise, List<SessionRecord> sessions,
                                          Optional<Instant> dismissedAt) {
        List<Attempt> attempts = new ArrayList<>();
        sessions.stream()
                .filter(s -> dismissedAt.map(at -> s.startedAt().isAfter(at)).orElse(true))
                .sorted(Comparator.comparing(SessionRecord::startedAt).thenComparing(SessionRecord::id))
                .forEach(s -> s.exercises().stream()
                        .filter(e -> isTime(exercise, e))
                        .forEach(e -> attempts.add(new Attempt(s.startedAt(), e, s.painBefore(), s.painAfter()))));
        return attempts;
    }

    /** One time the exercise was done (or stopped because it hurt), with the session's ratings around it. */
    public record Attempt(Instant at, ExerciseRecord record, OptionalInt painBefore, OptionalInt painAfter) {

        boolean painRose() {
            return painBefore.isPresent() && painAfter.isPresent()
                    && painAfter.getAsInt() - painBefore.getAsInt() >= RISE;
        }

        boolean easy() {
            return record.outcome() != ExerciseOutcome.HURT && painBefore.isPresent() && painAfter.isPresent()
                    && painAfter.getAsInt() <= painBefore.getAsInt() && painAfter.getAsInt() <= LOW_PAIN;
        }

        boolean sameDose(SessionChoice dose, Optional<String> version) {
            return record.choice().target() == dose.target() && record.choice().sets() == dose.sets()
                    && record.variation().equals(version);
        }

        /** Every planned set on every planned leg reached its target. */
        boolean wholeDoseDone(Dosage dosage) {
            int legs = dosage.sides() == Sides.BOTH_TOGETHER ? 1 : 2;
            return record.sides().size() == legs
                    && record.sides().stream().allMatch(side -> side.setsCompleted() >= record.choice().sets());
        }
    }
}
