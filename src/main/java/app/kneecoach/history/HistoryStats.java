package app.kneecoach.history;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/** The figures the history view shows: adherence, sessions per week, pain over time, sessions by day. */
public final class HistoryStats {
    private final History history;
    private final ZoneId zone;

    public HistoryStats(History history, ZoneId zone) {
        this.history = history;
        this.zone = zone;
    }

    /** On how many of the last seven days (today included) at least one session was done. */
    public int activeDaysInLastWeek(LocalDate today) {
        LocalDate from = today.minusDays(6);
        return (int) history.sessions().stream().map(s -> day(s.startedAt()))
                .filter(d -> !d.isBefore(from) && !d.isAfter(today)).distinct().count();
    }

    public record WeekCount(LocalDate weekStart, int sessions) {
    }

    /** Sessions in each of the last {@code weeks} weeks (Monday to Sunday), oldest first, empty weeks included. */
    public List<WeekCount> sessionsPerWeek(LocalDate today, int weeks) {
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        TreeMap<LocalDate, Integer> counts = new TreeMap<>();
        for (int w = weeks - 1; w >= 0; w--) {
            counts.put(thisWeek.minusWeeks(w), 0);
        }
        for (SessionRecord s : history.sessions()) {
            LocalDate week = day(s.startedAt()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            counts.computeIfPresent(week, (k, n) -> n + 1);
        }
        return counts.entrySet().stream().map(e -> new WeekCount(e.getKey(), e.getValue())).toList();
    }

    public record PainPoint(Instant at, OptionalInt before, OptionalInt after) {
    }

    /** The latest {@code limit} sessions that have a pain rating, oldest first. */
    public List<PainPoint> painOverTime(int limit) {
        List<PainPoint> points = new ArrayList<>();
        List<SessionRecord> sessions = history.sessions();
        for (int i = sessions.size() - 1; i >= 0 && points.size() < limit; i--) {
            SessionRecord s = sessions.get(i);
            if (s.painBefore().isPresent() || s.painAfter().isPresent()) {
                points.add(0, new PainPoint(s.startedAt(), s.painBefore(), s.painAfter()));
            }
        }
        return points;
    }

    /** The most recent {@code days} days that have sessions, newest first, each with its sessions in order. */
    public Map<LocalDate, List<SessionRecord>> byDay(int days) {
        Map<LocalDate, List<SessionRecord>> byDay = new LinkedHashMap<>();
        List<SessionRecord> sessions = history.sessions();
        for (int i = sessions.size() - 1; i >= 0; i--) {
            LocalDate day = day(sessions.get(i).startedAt());
            if (!byDay.containsKey(day) && byDay.size() == days) {
                break;
            }
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(0, sessions.get(i));
        }
        return byDay;
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
