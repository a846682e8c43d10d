package app.kneecoach.userdata;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/** The aerobic figures the History view shows: minutes in the last seven days and in each recent week. */
public final class AerobicStats {
    private final AerobicSource source;

    public AerobicStats(AerobicSource source) {
        this.source = source;
    }

    /** Minutes logged for the last seven days, today included: the same days as "This week: 3 of 7 days". */
    public int minutesInLastWeek(LocalDate today) throws IOException {
        return source.between(today.minusDays(6), today.plusDays(1)).stream().mapToInt(AerobicEntry::minutes).sum();
    }

    public record WeekMinutes(LocalDate weekStart, int minutes) {
    }

    /** Minutes in each of the last {@code weeks} weeks (Monday to Sunday), oldest first, empty weeks included. */
    public List<WeekMinutes> minutesPerWeek(LocalDate today, int weeks) throws IOException {
        TreeMap<LocalDate, Integer> minutes = Weeks.zeroed(today, weeks);
        for (AerobicEntry entry : source.between(minutes.firstKey(), minutes.lastKey().plusWeeks(1))) {
            minutes.computeIfPresent(Weeks.mondayOf(entry.day()), (k, m) -> m + entry.minutes());
        }
        return minutes.entrySet().stream().map(e -> new WeekMinutes(e.getKey(), e.getValue())).toList();
    }
}
