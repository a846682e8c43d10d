package app.kneecoach.ui.history;

import app.kneecoach.userdata.HistoryStats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.util.StringConverter;

/**
 * The pain chart on a time axis: each rated session at its moment in the person's time zone, so several on one
 * day stay apart, and the axis's days, ticks and labels. Noon falls on the whole number, where the axis puts its
 * ticks, so a day's label stands over that day's sessions.
 */
final class PainTimeline {
    private static final double SECONDS_PER_DAY = 86_400.0;
    private final HistoryText words;
    private final ZoneId zone;

    /** A series on a time axis. */
    public record TimeSeries(String name, List<TimePoint> points) {
    }

    /** {@code day}: days since 1970-01-01 in the person's time zone, the time of day as the fraction, noon at .0. */
    public record TimePoint(double day, int value) {
    }

    /** The time axis's range and tick spacing, in days. */
    public record DayAxis(double lower, double upper, double tick) {
    }

    PainTimeline(HistoryText words, ZoneId zone) {
        this.words = words;
        this.zone = zone;
    }

    /** Pain before and after, one point a rated session, oldest first. */
    List<TimeSeries> series(List<HistoryStats.PainPoint> points, String beforeName, String afterName) {
        List<TimePoint> before = new ArrayList<>();
        List<TimePoint> after = new ArrayList<>();
        for (HistoryStats.PainPoint point : points) {
            double day = day(point.at());
            point.before().ifPresent(p -> before.add(new TimePoint(day, p)));
            point.after().ifPresent(p -> after.add(new TimePoint(day, p)));
        }
        return List.of(new TimeSeries(beforeName, before), new TimeSeries(afterName, after));
    }

    DayAxis axis(List<HistoryStats.PainPoint> points) {
        return axisFor(points.stream().mapToDouble(p -> day(p.at())).toArray());
    }

    /** Whole days around the points, half a day spare each side; a tick a day, or a week or more over long spans. */
    static DayAxis axisFor(double[] days) {
        double lower = Math.floor(Arrays.stream(days).min().orElse(0) - 0.5);
        double upper = Math.ceil(Arrays.stream(days).max().orElse(0) + 0.5);
        double span = upper - lower;
        return new DayAxis(lower, upper, span <= 14 ? 1 : span <= 60 ? 7 : Math.ceil(span / 8 / 7) * 7);
    }

    /** A tick's label: the day whose noon it is nearest. */
    StringConverter<Number> dayLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return words.shortDate(LocalDate.ofEpochDay(Math.round(day.doubleValue())));
            }

            @Override
            public Number fromString(String label) {
                throw new UnsupportedOperationException("the axis only shows days");
            }
        };
    }

    private double day(Instant at) {
        var local = at.atZone(zone);
        return local.toLocalDate().toEpochDay() + local.toLocalTime().toSecondOfDay() / SECONDS_PER_DAY - 0.5;
    }
}
