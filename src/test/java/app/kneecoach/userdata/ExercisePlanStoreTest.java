package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.Tempo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An accepted suggestion's dose and a dismissal are kept per exercise across restarts. */
class ExercisePlanStoreTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path dir;

    private ExercisePlanStore open() throws IOException {
        return ExercisePlanStore.open(HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().database());
    }

    @Test
    void acceptedAndDismissedPlansSurviveARestart() throws IOException {
        ExercisePlanStore plans = open();
        assertEquals(ExercisePlan.none("bridge"), plans.of("bridge"));
        Suggestion harder = new Suggestion("bridge", Suggestion.Direction.HARDER, Suggestion.Reason.EASY_RUN,
                new SessionChoice(DosageMode.REPS, 15, 2, 3, RepStyle.PACED, Tempo.DEFAULT),
                Optional.of("Ball squeeze"), List.of());
        plans.put(plans.of("bridge").accepted(harder, NOON));
        plans.put(plans.of("step-ups").dismissed(NOON));
        plans.put(plans.of("step-ups").dismissed(NOON.plusSeconds(60)));

        ExercisePlanStore reopened = open();
        assertEquals(new ExercisePlan("bridge", OptionalInt.of(15), OptionalInt.of(2), OptionalInt.of(3),
                Optional.of("Ball squeeze"), Optional.of(NOON)), reopened.of("bridge"));
        assertEquals(Optional.of(NOON.plusSeconds(60)), reopened.of("step-ups").dismissedAt(), "replaced");
        assertEquals(OptionalInt.empty(), reopened.of("step-ups").target(), "a dismissal changes no dose");
    }
}
