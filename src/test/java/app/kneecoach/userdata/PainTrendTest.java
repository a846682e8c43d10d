package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PainTrendTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void improvingPainRaisesNothing() throws java.io.IOException {
        assertEquals(Optional.empty(), assess(daysAgo(13, 6), daysAgo(10, 5), daysAgo(6, 4), daysAgo(2, 3), daysAgo(0, 2)));
    }

    @Test
    void painFlatForTwoWeeksIsNotImproving() throws java.io.IOException {
        List<SessionRecord> flat = new ArrayList<>();
        for (int ago = 13; ago >= 0; ago--) {
            flat.add(daysAgo(ago, 5));
        }
        assertEquals(Optional.of(new PainTrend.Warning(PainTrend.Kind.NOT_IMPROVING, TODAY.minusDays(13), 5, TODAY, 5, 14)),
                PainTrend.assess(new History(flat), TODAY, ZoneOffset.UTC));
    }

    @Test
    void risingPainIsWorseningEvenWithinAFewDays() throws java.io.IOException {
        assertEquals(Optional.of(new PainTrend.Warning(PainTrend.Kind.WORSENING, TODAY.minusDays(3), 3, TODAY, 6, 4)),
                assess(daysAgo(3, 3), daysAgo(2, 4), daysAgo(1, 5), daysAgo(0, 6)));
    }

    @Test
    void aRiseThatTurnedDownAgainIsNotWorsening() throws java.io.IOException {
        assertEquals(Optional.empty(), assess(daysAgo(3, 3), daysAgo(2, 6), daysAgo(0, 4)));
    }

    @Test
    void flatForOnlyAFewDaysIsTooSoonToSay() throws java.io.IOException {
        assertEquals(Optional.empty(), assess(daysAgo(4, 5), daysAgo(2, 5), daysAgo(0, 5)));
    }

    @Test
    void noPainIsNothingToImprove() throws java.io.IOException {
        assertEquals(Optional.empty(), assess(daysAgo(12, 0), daysAgo(6, 0), daysAgo(0, 0)));
    }

    @Test
    void ratingsOlderThanTwoWeeksDoNotCount() throws java.io.IOException {
        assertEquals(Optional.empty(), assess(daysAgo(30, 5), daysAgo(20, 5), daysAgo(1, 5), daysAgo(0, 5)));
    }

    @Test
    void aDayCountsItsWorstRatingAndUnratedSessionsAreIgnored() throws java.io.IOException {
        SessionRecord morning = session(2, OptionalInt.of(2), OptionalInt.of(3));
        SessionRecord evening = session(2, OptionalInt.of(5), OptionalInt.empty());
        var warning = assess(daysAgo(9, 4), morning, evening, Sessions.bare(0), daysAgo(0, 4));
        assertEquals(PainTrend.Kind.NOT_IMPROVING, warning.orElseThrow().kind());
        assertEquals(3, warning.get().ratedDays());
    }

    private static Optional<PainTrend.Warning> assess(SessionRecord... sessions) throws java.io.IOException {
        return PainTrend.assess(new History(List.of(sessions)), TODAY, ZoneOffset.UTC);
    }

    private static SessionRecord daysAgo(int days, int pain) {
        return session(days, OptionalInt.of(pain), OptionalInt.of(pain));
    }

    private static SessionRecord session(int daysAgo, OptionalInt before, OptionalInt after) {
        Instant start = TODAY.minusDays(daysAgo).atTime(9, 0).toInstant(ZoneOffset.UTC)
                .plus(Duration.ofMinutes(before.orElse(0)));
        return new SessionRecord("s-" + daysAgo + "-" + start, start, start.plus(Duration.ofMinutes(10)), Optional.empty(),
                List.of(), before, Optional.empty(), after, Optional.empty(), SessionStatus.COMPLETED);
    }
}
