package app.kneecoach.userdata;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/** The figures the history view shows: adherence, sessions per week, pain over time, sessions by day. */
public final class HistoryStats {
    /** Sessions read at a time while looking for the latest days. */
    static final int PAGE = 200;
    private final SessionSource source;
    private final ZoneId zone;

    public HistoryStats(SessionSource source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    /** On how many of the last seven days (today included) at least one set was done. */
    public int activeDaysInLastWeek(LocalDate today) throws IOException {
        return (int) source.between(start(today.minusDays(6)), start(today.plusDays(1))).stream()
                .filter(SessionRecord::anySetDone).map(s -> day(s.startedAt())).distinct().count();
    }

    public record WeekCount(LocalDate weekStart, int sessions) {
    }

    /**
     * Sessions with at least one set done in each of the last {@code weeks} weeks (Monday to Sunday), oldest
     * first, empty weeks included; one quit before its first set is not counted.
     */
    public List<WeekCount> sessionsPerWeek(LocalDate today, int weeks) throws IOException {
        TreeMap<LocalDate, Integer> counts = Weeks.zeroed(today, weeks);
        for (SessionRecord s : source.between(start(counts.firstKey()), start(counts.lastKey().plusWeeks(1)))) {
            if (s.anySetDone()) {
                counts.computeIfPresent(Weeks.mondayOf(day(s.startedAt())), (k, n) -> n + 1);
            }
        }
        return counts.entrySet().stream().map(e -> new WeekCount(e.getKey(), e.getValue())).toList();
    }

    public record PainPoint(Instant at, OptionalInt before, OptionalInt after) {
    }

    /** The latest {@code limit} sessions that have a pain rating, oldest first. */
    public List<PainPoint> painOverTime(int limit) throws IOException {
        return source.latestRated(limit).stream()
                .map(s -> new PainPoint(s.startedAt(), s.painBefore(), s.painAfter())).toList();
    }

    /** The most recent {@code days} days that have sessions, newest first, each with its sessions in order. */
    public Map<LocalDate, List<SessionRecord>> byDay(int days) throws IOException {
        Map<LocalDate, List<SessionRecord>> byDay = new LinkedHashMap<>();
        Instant cursor = Instant.MAX;
        while (true) {
            List<SessionRecord> page = source.before(cursor, PAGE);
            for (SessionRecord s : page) {
                LocalDate day = day(s.startedAt());
                if (!byDay.containsKey(day) && byDay.size() == days) {
                    return byDay;
                }
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(0, s);
            }
            if (page.size() < PAGE) {
                return byDay;
            }
            cursor = page.get(page.size() - 1).startedAt();
        }
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
