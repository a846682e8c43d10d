package app.kneecoach.userdata;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the History view shows, read in one go off the window's thread: this week, the charts, the
 * latest days and whether there are earlier ones, and the pain warning.
 *
 * @param sessions how many sessions there are in all
 * @param days     the latest days with sessions, newest first, each with its sessions in order
 */
public record HistorySummary(long sessions, int activeDaysInLastWeek, List<HistoryStats.WeekCount> weeks,
                             List<HistoryStats.PainPoint> pain, Map<LocalDate, List<SessionRecord>> days,
                             boolean moreDays, Optional<PainTrend.Warning> warning) {

    /** What the view asks for: how many days to list, pain points and weeks to chart. */
    public record Request(LocalDate today, ZoneId zone, int days, int painPoints, int weeks) {
    }

    public static HistorySummary read(SessionSource source, Request request) throws IOException {
        HistoryStats stats = new HistoryStats(source, request.zone());
        Map<LocalDate, List<SessionRecord>> days = stats.byDay(request.days() + 1);
        boolean more = days.size() > request.days();
        Map<LocalDate, List<SessionRecord>> shown = new LinkedHashMap<>();
        days.entrySet().stream().limit(request.days()).forEach(e -> shown.put(e.getKey(), e.getValue()));
        return new HistorySummary(source.count(), stats.activeDaysInLastWeek(request.today()),
                stats.sessionsPerWeek(request.today(), request.weeks()), stats.painOverTime(request.painPoints()),
                shown, more, PainTrend.assess(source, request.today(), request.zone()));
    }
}
