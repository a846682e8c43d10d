package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the History view reads in one go, and the in-memory history it may read from. */
class HistorySummaryTest {
    // Day 0 is 2026-11-01, a Sunday.
    private static final List<SessionRecord> SESSIONS = List.of(Sessions.full(0, 5, 4), Sessions.bare(0),
            Sessions.full(8, 4, 3), Sessions.full(10, 3, 2), Sessions.bare(12), Sessions.full(13, 3, 1));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 14);
    @TempDir
    Path dir;

    @Test
    void theSummaryListsTheLatestDaysAndSaysWhetherThereAreMore() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        store.addAll(SESSIONS);
        HistorySummary two = HistorySummary.read(store, new HistorySummary.Request(TODAY, ZoneOffset.UTC, 2, 3, 3));

        assertEquals(6, two.sessions(), "all kept");
        assertEquals(3, two.activeDaysInLastWeek(), "the two sessions with no set done do not count");
        assertEquals(List.of(new HistoryStats.WeekCount(LocalDate.of(2026, 10, 26), 1),
                new HistoryStats.WeekCount(LocalDate.of(2026, 11, 2), 0),
                new HistoryStats.WeekCount(LocalDate.of(2026, 11, 9), 3)), two.weeks());
        assertEquals(3, two.pain().size());
        assertEquals(List.of(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 13)), List.copyOf(two.days().keySet()));
        assertEquals(List.of(Sessions.full(13, 3, 1)), two.days().get(LocalDate.of(2026, 11, 14)).sessions());
        assertTrue(two.moreDays());
        assertEquals(PainTrend.assess(store, TODAY, ZoneOffset.UTC), two.warning());

        HistorySummary all = HistorySummary.read(store, new HistorySummary.Request(TODAY, ZoneOffset.UTC, 5, 3, 3));
        assertEquals(5, all.days().size());
        assertEquals(List.of(Sessions.full(0, 5, 4), Sessions.bare(0)), all.days().get(LocalDate.of(2026, 11, 1)).sessions());
        assertFalse(all.moreDays(), "exactly as many days as asked for");
    }

    @Test
    void anEmptyHistorySummarisesToNothing() throws IOException {
        HistorySummary none = HistorySummary.read(History.EMPTY, new HistorySummary.Request(TODAY, ZoneOffset.UTC, 7,
                10, 4));
        assertEquals(0, none.sessions());
        assertEquals(0, none.days().size());
        assertFalse(none.moreDays());
        assertEquals(Optional.empty(), none.warning());
        assertEquals(4, none.weeks().size());
    }

    @Test
    void aLongHistoryIsReadPastTheFirstPageOfDays() throws IOException {
        List<SessionRecord> daily = new ArrayList<>();
        for (int day = 0; day < HistoryStats.PAGE + 1; day++) {
            daily.add(Sessions.bare(day));
        }
        var days = new HistoryStats(new History(daily), ZoneOffset.UTC).byDay(HistoryStats.PAGE + 50);
        assertEquals(HistoryStats.PAGE + 1, days.size());
        assertEquals(LocalDate.of(2026, 11, 1), List.copyOf(days.keySet()).get(HistoryStats.PAGE));
    }

    @Test
    void theInMemoryHistoryAnswersLikeTheRecords() {
        History history = new History(SESSIONS);
        assertEquals(6, history.count());
        assertEquals(List.of(Sessions.full(13, 3, 1), Sessions.bare(12), Sessions.full(10, 3, 2), Sessions.full(8, 4, 3),
                Sessions.bare(0), Sessions.full(0, 5, 4)), history.before(Instant.MAX, 10), "newest first, oldest included");
        assertEquals(List.of(Sessions.full(0, 5, 4)), history.before(Sessions.bare(0).startedAt(), 10));
        assertEquals(List.of(Sessions.full(13, 3, 1), Sessions.bare(12)), history.before(Instant.MAX, 2),
                "no more than asked for");
        assertEquals(List.of(), history.before(Instant.MAX, 0));

        SessionRecord redone = Sessions.full(8, 1, 0);
        History changed = history.with(redone).with(Sessions.bare(20));
        assertEquals(7, changed.count());
        assertEquals(List.of(redone), changed.between(redone.startedAt(), redone.startedAt().plus(Duration.ofDays(1))),
                "the session with the same id is replaced");
        assertEquals(6, history.count(), "the history it came from is unchanged");
    }

    @Test
    void painIsRatedZeroToTenBothEndsIncluded() {
        Instant start = Instant.parse("2026-11-01T09:00:00Z");
        for (int pain : new int[] {SessionRecord.PAIN_MIN, SessionRecord.PAIN_MAX}) {
            SessionRecord rated = new SessionRecord("rated", start, start, Optional.empty(), List.of(), OptionalInt.of(pain),
                    Optional.empty(), OptionalInt.of(pain), Optional.empty(), SessionStatus.COMPLETED);
            assertEquals(OptionalInt.of(pain), rated.painBefore());
        }
    }
}
