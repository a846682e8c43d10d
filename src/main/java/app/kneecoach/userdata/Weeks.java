package app.kneecoach.userdata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.TreeMap;

/** Weeks as the history counts them: Monday to Sunday, each named by its Monday. */
final class Weeks {
    private Weeks() {
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The last {@code weeks} weeks up to {@code today}'s, oldest first, each at 0: empty weeks show too. */
    static TreeMap<LocalDate, Integer> zeroed(LocalDate today, int weeks) {
        LocalDate thisWeek = mondayOf(today);
        TreeMap<LocalDate, Integer> counts = new TreeMap<>();
        for (int w = weeks - 1; w >= 0; w--) {
            counts.put(thisWeek.minusWeeks(w), 0);
        }
        return counts;
    }
}
