package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HistoryStatsTest {
    // Day 0 is 2026-11-01, a Sunday.
    private static final History HISTORY = new History(List.of(Sessions.full(0, 5, 4), Sessions.bare(0),
            Sessions.full(8, 4, 3), Sessions.full(10, 3, 2), Sessions.bare(12), Sessions.full(13, 3, 1)));
    private static final HistoryStats STATS = new HistoryStats(HISTORY, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 14);

    @Test
    void adherenceCountsDaysWithASetDoneInTheLastSeven() throws java.io.IOException {
        assertEquals(3, STATS.activeDaysInLastWeek(TODAY), "days 8, 10 and 13; day 12's session did no set");
        assertEquals(0, STATS.activeDaysInLastWeek(TODAY.plusDays(30)));
    }

    @Test
    void sessionsPerWeekIncludesEmptyWeeksAndLeavesOutSessionsWithNoSetDone() throws java.io.IOException {
        assertEquals(List.of(
                new HistoryStats.WeekCount(LocalDate.of(2026, 10, 26), 1),
                new HistoryStats.WeekCount(LocalDate.of(2026, 11, 2), 0),
                new HistoryStats.WeekCount(LocalDate.of(2026, 11, 9), 3)), STATS.sessionsPerWeek(TODAY, 3),
                "the sessions of days 0 and 12 with no exercise are kept but not counted");
    }

    @Test
    void painOverTimeSkipsUnratedSessionsAndKeepsTheLatest() throws java.io.IOException {
        List<HistoryStats.PainPoint> points = STATS.painOverTime(3);
        assertEquals(3, points.size());
        assertEquals(OptionalInt.of(4), points.get(0).before());
        assertEquals(OptionalInt.of(1), points.get(2).after());
    }

    @Test
    void byDayIsNewestFirstAndStopsAtTheLimit() throws java.io.IOException {
        var days = STATS.byDay(3);
        assertEquals(List.of(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 11)),
                List.copyOf(days.keySet()));
        assertEquals(1, days.get(LocalDate.of(2026, 11, 13)).size());
        assertEquals(2, new HistoryStats(HISTORY, ZoneOffset.UTC).byDay(10).get(LocalDate.of(2026, 11, 1)).size());
    }

    @Test
    void csvHasARowPerSetAndQuotesSafely() throws java.io.IOException {
        String csv = HistoryCsv.write(new History(List.of(Sessions.full(0, 5, 4), Sessions.bare(1),
                Sessions.rested(2, 65))), List.of(), ZoneOffset.UTC);
        List<String> lines = csv.lines().toList();
        assertEquals(String.join(",", HistoryCsv.HEADER), lines.get(0));
        assertEquals(1 + 4 + 1 + 2, lines.size(), "3 stretch sets, 1 bridge set, 1 session with no exercise, 2 sets");
        assertEquals("2026-11-01,09:00,Full program,Supine hamstring stretch,,right,2,30,45,true,,ended-early,completed,5,4,"
                + "stiff \u201cmorning\u201d,better,", lines.get(2));
        assertTrue(lines.get(4).contains(",Ball squeeze,both,1,12,12,true,,hurt,"), lines.get(4));
        assertTrue(lines.get(6).contains(",right,1,30,30,true,65,completed,"), "the rest after the set: " + lines.get(6));
        assertEquals("\"a, \"\"b\"\"\"", HistoryCsv.cell("a, \"b\""));
        assertEquals("'=SUM(A1)", HistoryCsv.cell("=SUM(A1)"));
    }
}
