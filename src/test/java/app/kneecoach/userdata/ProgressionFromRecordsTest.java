package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suggestion read from the records: only the newest sessions, past pages of others, up to a dismissal. */
class ProgressionFromRecordsTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Exercise LEG_RAISE = CATALOG.exercise("lateral-leg-raise").orElseThrow();
    private static final Exercise BRIDGE = CATALOG.exercise("bridge").orElseThrow();
    private static final Instant DAY_0 = Instant.parse("2026-10-01T09:00:00Z");

    @TempDir
    Path dir;

    private static SessionRecord easy(Exercise exercise, int hour) {
        SessionChoice dose = SessionChoice.lowest(exercise.dosage());
        List<Side> legs = exercise.id().equals("bridge") ? List.of(Side.BOTH) : List.of(Side.RIGHT, Side.LEFT);
        List<SideResult> sides = legs.stream().map(leg -> new SideResult(leg, List.of(
                new SetResult(1, dose.target(), dose.target(), true),
                new SetResult(2, dose.target(), dose.target(), true)).subList(0, dose.sets()))).toList();
        Instant at = DAY_0.plus(Duration.ofHours(hour));
        return new SessionRecord(exercise.id() + hour, at, at.plusSeconds(600), Optional.empty(),
                List.of(new ExerciseRecord(exercise.id(), exercise.name(), dose, Optional.empty(), sides,
                        ExerciseOutcome.COMPLETED)), OptionalInt.of(1), Optional.empty(), OptionalInt.of(1),
                Optional.empty(), SessionStatus.COMPLETED);
    }

    @Test
    void threeEasyTimesBehindMoreThanAPageOfOtherSessionsAreFound() throws IOException {
        HistoryStore.Opened records = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        for (int hour = 0; hour < 3; hour++) {
            records.store().add(easy(LEG_RAISE, hour));
        }
        for (int hour = 3; hour < 3 + Progression.PAGE + 10; hour++) {
            records.store().add(easy(BRIDGE, hour));
        }
        Optional<Suggestion> found = Progression.suggest(LEG_RAISE, records.store(), records.routines().plans());
        assertEquals(Optional.of(15), found.map(s -> s.dose().target()));
        assertEquals(3, found.orElseThrow().evidence().size());
    }

    @Test
    void timesBeforeTheLastDismissalDoNotCount() throws IOException {
        HistoryStore.Opened records = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        for (int hour = 0; hour < 3; hour++) {
            records.store().add(easy(LEG_RAISE, hour));
        }
        records.routines().plans().put(ExercisePlan.none(LEG_RAISE.id()).dismissed(DAY_0.plus(Duration.ofHours(1))));
        assertEquals(Optional.empty(), Progression.suggest(LEG_RAISE, records.store(), records.routines().plans()));

        records.store().add(easy(LEG_RAISE, 3));
        records.store().add(easy(LEG_RAISE, 4));
        assertEquals(Optional.of(15), Progression.suggest(LEG_RAISE, records.store(), records.routines().plans())
                .map(s -> s.dose().target()), "the hour-2 time and two more");
    }
}
