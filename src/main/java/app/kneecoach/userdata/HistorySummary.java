package app.kneecoach.userdata;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything the History view shows, read in one go off the window's thread: this week, the charts, the
 * latest days and whether there are earlier ones, and the pain warning.
 *
 * @param sessions       how many sessions there are in all
 * @param aerobicEntries how many aerobic entries there are in all
 * @param days           the latest days with sessions or aerobic minutes, newest first
 */
public record HistorySummary(long sessions, long aerobicEntries, int activeDaysInLastWeek,
                             int aerobicMinutesInLastWeek, List<HistoryStats.WeekCount> weeks,
                             List<AerobicStats.WeekMinutes> aerobicWeeks, List<HistoryStats.PainPoint> pain,
                             Map<LocalDate, Day> days, boolean moreDays, Optional<PainTrend.Warning> warning) {

    /** What the view asks for: how many days to list, pain points and weeks to chart. */
    public record Request(LocalDate today, ZoneId zone, int days, int painPoints, int weeks) {
    }

    /** One day's sessions, in order, and its aerobic entries, as logged. */
    public record Day(List<SessionRecord> sessions, List<AerobicEntry> aerobic) {
        public Day {
            sessions = List.copyOf(sessions);
            aerobic = List.copyOf(aerobic);
        }
    }

    /** A history of sessions only. */
    public static HistorySummary read(SessionSource source, Request request) throws IOException {
        return read(source, AerobicSource.NONE, request);
    }

    public static HistorySummary read(SessionSource source, AerobicSource aerobic, Request request)
            throws IOException {
        HistoryStats stats = new HistoryStats(source, request.zone());
        AerobicStats minutes = new AerobicStats(aerobic);
        // The latest days of either kind are among the latest of each: one more than shown tells if there are more.
        Map<LocalDate, List<SessionRecord>> sessionDays = stats.byDay(request.days() + 1);
        Map<LocalDate, List<AerobicEntry>> aerobicDays = aerobic.latestDays(request.days() + 1);
        TreeSet<LocalDate> dates = new TreeSet<>(Comparator.reverseOrder());
        dates.addAll(sessionDays.keySet());
        dates.addAll(aerobicDays.keySet());
        Map<LocalDate, Day> shown = new LinkedHashMap<>();
        dates.stream().limit(request.days()).forEach(date -> shown.put(date, new Day(
                sessionDays.getOrDefault(date, List.of()), aerobicDays.getOrDefault(date, List.of()))));
        return new HistorySummary(source.count(), aerobic.count(), stats.activeDaysInLastWeek(request.today()),
                minutes.minutesInLastWeek(request.today()), stats.sessionsPerWeek(request.today(), request.weeks()),
                minutes.minutesPerWeek(request.today(), request.weeks()), stats.painOverTime(request.painPoints()),
                shown, dates.size() > request.days(), PainTrend.assess(source, request.today(), request.zone()));
    }
}
