package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The pain warning at the edges of its rules: a level stretch counts as "never going down", a week is seven days. */
class PainTrendEdgesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aRiseThatLevelsOffAtTheEndIsStillWorsening() throws IOException {
        assertEquals(Optional.of(new PainTrend.Warning(PainTrend.Kind.WORSENING, TODAY.minusDays(2), 3, TODAY, 5, 3)),
                assess(daysAgo(2, 3), daysAgo(1, 5), daysAgo(0, 5)));
    }

    @Test
    void aLevelStretchThenARiseIsWorsening() throws IOException {
        assertEquals(Optional.of(new PainTrend.Warning(PainTrend.Kind.WORSENING, TODAY.minusDays(2), 3, TODAY, 5, 3)),
                assess(daysAgo(2, 3), daysAgo(1, 3), daysAgo(0, 5)));
    }

    @Test
    void painNoBetterAfterExactlyAWeekIsNotImproving() throws IOException {
        assertEquals(Optional.of(new PainTrend.Warning(PainTrend.Kind.NOT_IMPROVING, TODAY.minusDays(7), 4, TODAY, 4, 3)),
                assess(daysAgo(7, 4), daysAgo(3, 4), daysAgo(0, 4)));
        assertEquals(Optional.empty(), assess(daysAgo(6, 4), daysAgo(3, 4), daysAgo(0, 4)), "six days is too soon");
    }

    private static Optional<PainTrend.Warning> assess(SessionRecord... sessions) throws IOException {
        return PainTrend.assess(new History(List.of(sessions)), TODAY, ZoneOffset.UTC);
    }

    private static SessionRecord daysAgo(int days, int pain) {
        Instant start = TODAY.minusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC);
        return new SessionRecord("s-" + days, start, start.plus(Duration.ofMinutes(10)), Optional.empty(), List.of(),
                OptionalInt.of(pain), Optional.empty(), OptionalInt.of(pain), Optional.empty(), SessionStatus.COMPLETED);
    }
}
