package app.kneecoach.userdata;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Applies the article's advice to see a doctor or physical therapist when symptoms are not better after
 * a week or two, or keep getting worse. A day's pain is the highest rating logged that day; only the
 * last 14 days count.
 * <ul>
 * <li>Worsening: at least 3 rated days, the latest higher than the first, and the last three never going down.</li>
 * <li>Not improving: rated days spanning at least 7 days, with pain still present and no lower at the end
 * than at the start.</li>
 * </ul>
 */
public final class PainTrend {
    static final int WINDOW_DAYS = 14;
    static final int MIN_SPAN_DAYS = 7;
    static final int MIN_RATED_DAYS = 3;

    private PainTrend() {
    }

    public enum Kind {
        WORSENING, NOT_IMPROVING
    }

    /** A warning with the numbers that show it: the first and latest rated days in the window. */
    public record Warning(Kind kind, LocalDate firstDay, int firstPain, LocalDate lastDay, int lastPain, int ratedDays) {
    }

    public static Optional<Warning> assess(SessionSource history, LocalDate today, ZoneId zone) throws IOException {
        LocalDate from = today.minusDays(WINDOW_DAYS - 1L);
        TreeMap<LocalDate, Integer> daily = dailyPain(history.between(from.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant()), today, zone);
        if (daily.size() < MIN_RATED_DAYS) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, Integer> first = daily.firstEntry();
        Map.Entry<LocalDate, Integer> last = daily.lastEntry();
        List<Integer> lastThree = daily.descendingMap().values().stream().limit(3).toList();
        boolean neverDown = lastThree.get(0) >= lastThree.get(1) && lastThree.get(1) >= lastThree.get(2);
        if (last.getValue() > first.getValue() && neverDown) {
            return Optional.of(warning(Kind.WORSENING, first, last, daily.size()));
        }
        long span = ChronoUnit.DAYS.between(first.getKey(), last.getKey());
        if (span >= MIN_SPAN_DAYS && last.getValue() > 0 && last.getValue() >= first.getValue()) {
            return Optional.of(warning(Kind.NOT_IMPROVING, first, last, daily.size()));
        }
        return Optional.empty();
    }

    private static Warning warning(Kind kind, Map.Entry<LocalDate, Integer> first, Map.Entry<LocalDate, Integer> last,
                                   int ratedDays) {
        return new Warning(kind, first.getKey(), first.getValue(), last.getKey(), last.getValue(), ratedDays);
    }

    private static TreeMap<LocalDate, Integer> dailyPain(List<SessionRecord> sessions, LocalDate today, ZoneId zone) {
        LocalDate from = today.minusDays(WINDOW_DAYS - 1L);
        TreeMap<LocalDate, Integer> daily = new TreeMap<>();
        for (SessionRecord s : sessions) {
            LocalDate day = s.startedAt().atZone(zone).toLocalDate();
            if (day.isBefore(from) || day.isAfter(today)) {
                continue;
            }
            Stream.of(s.painBefore(), s.painAfter()).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt)
                    .max().ifPresent(pain -> daily.merge(day, pain, Math::max));
        }
        return daily;
    }
}
