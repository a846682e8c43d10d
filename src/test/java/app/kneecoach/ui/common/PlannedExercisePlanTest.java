package app.kneecoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.Variation;
import app.kneecoach.userdata.ExercisePlan;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A built-in routine's exercises start at the doses the person accepted; the others as the routine has them. */
class PlannedExercisePlanTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    @Test
    void aBuiltInRoutineTakesTheAcceptedDoseAndVersionOnlyWhereOneWasAccepted() {
        Routine builtIn = CATALOG.routines().stream()
                .filter(r -> r.items().stream().anyMatch(i -> i.exerciseId().equals("bridge"))).findFirst()
                .orElseThrow();
        List<PlannedExercise> asWritten = PlannedExercise.of(builtIn, CATALOG);
        ExercisePlan bridge = new ExercisePlan("bridge", OptionalInt.of(15), OptionalInt.of(3), OptionalInt.of(5),
                Optional.of("Ball squeeze"), Optional.of(Instant.EPOCH));

        List<PlannedExercise> planned = PlannedExercise.withPlans(asWritten, id -> id.equals("bridge") ? bridge
                // A dismissal alone sets no dose: the routine's own stays.
                : ExercisePlan.none(id).dismissed(Instant.EPOCH));

        for (int i = 0; i < planned.size(); i++) {
            PlannedExercise p = planned.get(i);
            if (p.exercise().id().equals("bridge")) {
                assertEquals(15, p.choice().target());
                assertEquals(3, p.choice().sets());
                assertEquals(5, p.choice().topHoldSeconds());
                assertEquals(Optional.of("Ball squeeze"), p.variation().map(Variation::name));
            } else {
                assertEquals(asWritten.get(i), p);
            }
        }
    }

    @Test
    void aPlanOutsideTheRangeIsKeptWithinIt() {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        PlannedExercise p = PlannedExercise.fromPlan(bridge, new ExercisePlan("bridge", OptionalInt.of(40),
                OptionalInt.of(0), OptionalInt.of(9), Optional.of("Gone"), Optional.empty()));
        assertEquals(15, p.choice().target());
        assertEquals(1, p.choice().sets());
        assertEquals(5, p.choice().topHoldSeconds());
        assertEquals(Optional.empty(), p.variation());
    }
}
