package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.userdata.HistoryStats;
import app.kneecoach.userdata.HistorySummary;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;

/**
 * The History view's three charts, from the summary it read: pain before and after over time, sessions a week, and
 * aerobic minutes a week; each with whether it has anything to show (an empty chart is left out).
 */
public final class HistoryCharts {
    /** A chart's series: its name (for the legend) and its points, in order. */
    public record Series(String name, List<Point> points) {
    }

    public record Point(String label, int value) {
    }

    private final Messages text;
    private final HistoryText words;
    private final PainTimeline timeline;
    private final ReadOnlyBooleanWrapper painCharted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasSessions = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasAerobic = new ReadOnlyBooleanWrapper();
    private final ObservableList<PainTimeline.TimeSeries> pain = FXCollections.observableArrayList();
    // Held here: a read-only list that nothing holds would be collected, and its listeners with it.
    private final ObservableList<PainTimeline.TimeSeries> readOnlyPain = FXCollections.unmodifiableObservableList(pain);
    private final ReadOnlyObjectWrapper<PainTimeline.DayAxis> painAxis =
            new ReadOnlyObjectWrapper<>(new PainTimeline.DayAxis(0, 1, 1));
    private final ReadOnlyObjectWrapper<Series> weeks = new ReadOnlyObjectWrapper<>(new Series("", List.of()));
    private final ReadOnlyIntegerWrapper weekAxisTop = new ReadOnlyIntegerWrapper(3);
    private final ReadOnlyObjectWrapper<Series> aerobicWeeks = new ReadOnlyObjectWrapper<>(new Series("", List.of()));

    HistoryCharts(Messages text, HistoryText words, PainTimeline timeline) {
        this.text = text;
        this.words = words;
        this.timeline = timeline;
    }

    void show(HistorySummary summary) {
        hasSessions.set(summary.sessions() > 0);
        painCharted.set(!summary.pain().isEmpty());
        hasAerobic.set(summary.aerobicEntries() > 0);
        aerobicWeeks.set(new Series(text.get("history.aerobicChart"), summary.aerobicWeeks().stream()
                .map(w -> new Point(words.shortDate(w.weekStart()), w.minutes())).toList()));
        weeks.set(new Series(text.get("history.weeksChart"), summary.weeks().stream()
                .map(w -> new Point(words.shortDate(w.weekStart()), w.sessions())).toList()));
        // Whole sessions only: a fixed range in steps of one, never "1.5 sessions".
        weekAxisTop.set(Math.max(3, summary.weeks().stream().mapToInt(HistoryStats.WeekCount::sessions).max()
                .orElse(0) + 1));
        pain.setAll(timeline.series(summary.pain(), text.get("history.painBefore"), text.get("history.painAfter")));
        painAxis.set(timeline.axis(summary.pain()));
    }

    /** A tick's label: the day, as Formats writes short dates. */
    public StringConverter<Number> dayLabels() {
        return timeline.dayLabels();
    }

    public ReadOnlyObjectProperty<PainTimeline.DayAxis> painAxis() {
        return painAxis.getReadOnlyProperty();
    }

    /** Pain before and after, one point a rated session, oldest first. */
    public ObservableList<PainTimeline.TimeSeries> pain() {
        return readOnlyPain;
    }

    /** Whether any session has a pain rating: the pain chart is shown then, not an empty one. */
    public ReadOnlyBooleanProperty painCharted() {
        return painCharted.getReadOnlyProperty();
    }

    /** Whether there are sessions: the sessions-per-week chart is shown then. */
    public ReadOnlyBooleanProperty hasSessions() {
        return hasSessions.getReadOnlyProperty();
    }

    /** Whether any aerobic minutes were logged: their chart is shown then. */
    public ReadOnlyBooleanProperty hasAerobic() {
        return hasAerobic.getReadOnlyProperty();
    }

    /** Sessions in each of the last weeks. */
    public ReadOnlyObjectProperty<Series> weeks() {
        return weeks.getReadOnlyProperty();
    }

    /** The top of the sessions-per-week axis: above the busiest week, at least three. */
    public ReadOnlyIntegerProperty weekAxisTop() {
        return weekAxisTop.getReadOnlyProperty();
    }

    /** Aerobic minutes in each of the last weeks. */
    public ReadOnlyObjectProperty<Series> aerobicWeeks() {
        return aerobicWeeks.getReadOnlyProperty();
    }
}
