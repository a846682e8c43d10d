package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.userdata.HistoryStats;
import app.kneecoach.userdata.HistorySummary;
import app.kneecoach.userdata.PainTrend;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;

/**
 * The History view's content: this week, the pain warning, the charts' points and the latest days, read
 * as one {@link HistorySummary} in the background. Until it arrives the view says it is reading; if it
 * cannot be read, it says why and offers to try again, never an endless "Reading...".
 */
public final class HistoryViewModel {
    /** Days listed at first and added by "Show earlier days": enough to read, quick to open with years of history. */
    static final int DAYS_PER_PAGE = 7;
    static final int PAIN_POINTS = 30;
    static final int WEEKS_CHARTED = 8;

    public enum State { READING, FAILED, SHOWN }

    /** A day with sessions: its date (ISO, for the card's id), its title, and its sessions. */
    public record DayRow(String date, String title, List<SessionRow> sessions) {
    }

    /** A session's line, and a line for each exercise in it. */
    public record SessionRow(String line, List<String> exercises) {
    }

    /** A chart's series: its name (for the legend) and its points, in order. */
    public record Series(String name, List<Point> points) {
    }

    public record Point(String label, int value) {
    }

    /** A series on a time axis: each point at its moment, so several sessions on one day stay apart. */
    public record TimeSeries(String name, List<TimePoint> points) {
    }

    /** {@code day}: days since 1970-01-01 in the person's time zone, the time of day as the fraction, noon at .0. */
    public record TimePoint(double day, int value) {
    }

    /** The time axis's range and tick spacing, in days. */
    public record DayAxis(double lower, double upper, double tick) {
    }

    private final Messages text = Messages.DEFAULT;
    private final AppServices services;
    private final HistoryText words;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper week = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unsaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasSessions = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper moreDays = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<PainTrend.Warning>> warning =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<DayRow> days = FXCollections.observableArrayList();
    private final ObservableList<TimeSeries> pain = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DayAxis> painAxis = new ReadOnlyObjectWrapper<>(new DayAxis(0, 1, 1));
    // Held here: a binding or read-only list that nothing holds would be collected, and its listeners with it.
    private final ObservableList<DayRow> readOnlyDays = FXCollections.unmodifiableObservableList(days);
    private final ObservableList<TimeSeries> readOnlyPain = FXCollections.unmodifiableObservableList(pain);
    private final BooleanBinding reading = Bindings.equal(state, State.READING);
    private final BooleanBinding failed = Bindings.equal(state, State.FAILED);
    private final BooleanBinding shown = Bindings.equal(state, State.SHOWN);
    private final BooleanBinding unsavedShown = unsaved.isNotEmpty();
    private final BooleanBinding warningShown = Bindings.createBooleanBinding(() -> warning.get().isPresent(),
            warning);
    private final ReadOnlyObjectWrapper<Series> weeks = new ReadOnlyObjectWrapper<>(new Series("", List.of()));
    private final ReadOnlyIntegerWrapper weekAxisTop = new ReadOnlyIntegerWrapper(3);
    private int daysShown = DAYS_PER_PAGE;

    public HistoryViewModel(AppServices services) {
        this.services = services;
        this.words = new HistoryText(text, services.zone());
        read();
    }

    /** After a failed read. */
    public void retry() {
        read();
    }

    public void showEarlierDays() {
        daysShown += DAYS_PER_PAGE;
        read();
    }

    private void read() {
        if (!services.historyRead()) {
            // The main window builds the view again once the records are open.
            return;
        }
        state.set(State.READING);
        var request = new HistorySummary.Request(services.today(), services.zone(), daysShown, PAIN_POINTS,
                WEEKS_CHARTED);
        services.background().run(() -> HistorySummary.read(services.storage().store(), request), this::show, e -> {
            problem.set(text.get("history.readFailed", e.getMessage()));
            state.set(State.FAILED);
        });
    }

    private void show(HistorySummary summary) {
        week.set(text.get("history.week", summary.activeDaysInLastWeek()));
        warning.set(summary.warning());
        // Not in the records yet, so not counted: said, rather than looking lost.
        int waiting = services.saver().unsavedSessions().size();
        unsaved.set(waiting > 0 ? text.get("history.unsaved", waiting) : "");
        hasSessions.set(summary.sessions() > 0);
        empty.set(summary.sessions() == 0 && waiting == 0);
        moreDays.set(summary.sessions() > 0 && summary.moreDays());
        weeks.set(new Series(text.get("history.weeksChart"), summary.weeks().stream()
                .map(w -> new Point(words.shortDate(w.weekStart()), w.sessions())).toList()));
        // Whole sessions only: a fixed range in steps of one, never "1.5 sessions".
        weekAxisTop.set(Math.max(3, summary.weeks().stream().mapToInt(HistoryStats.WeekCount::sessions).max()
                .orElse(0) + 1));
        pain.setAll(painSeries(summary.pain()));
        days.setAll(summary.days().entrySet().stream().map(day -> new DayRow(day.getKey().toString(),
                words.day(day.getKey()), day.getValue().stream().map(s -> new SessionRow(words.session(s),
                        s.exercises().stream().map(words::exercise).toList())).toList())).toList());
        state.set(State.SHOWN);
    }

    private List<TimeSeries> painSeries(List<HistoryStats.PainPoint> points) {
        List<TimePoint> before = new ArrayList<>();
        List<TimePoint> after = new ArrayList<>();
        for (HistoryStats.PainPoint point : points) {
            double day = day(point.at());
            point.before().ifPresent(p -> before.add(new TimePoint(day, p)));
            point.after().ifPresent(p -> after.add(new TimePoint(day, p)));
        }
        painAxis.set(axisFor(points.stream().mapToDouble(p -> day(p.at())).toArray()));
        return List.of(new TimeSeries(text.get("history.painBefore"), before),
                new TimeSeries(text.get("history.painAfter"), after));
    }

    /** Noon falls on the whole number, where the axis puts its ticks: a day's label stands over its sessions. */
    private double day(Instant at) {
        var local = at.atZone(services.zone());
        return local.toLocalDate().toEpochDay() + local.toLocalTime().toSecondOfDay() / 86_400.0 - 0.5;
    }

    /** Whole days around the points, half a day spare each side; a tick a day, or a week or more over long spans. */
    static DayAxis axisFor(double[] days) {
        double first = java.util.Arrays.stream(days).min().orElse(0);
        double last = java.util.Arrays.stream(days).max().orElse(0);
        double lower = Math.floor(first - 0.5);
        double upper = Math.ceil(last + 0.5);
        double span = upper - lower;
        return new DayAxis(lower, upper, span <= 14 ? 1 : span <= 60 ? 7 : Math.ceil(span / 8 / 7) * 7);
    }

    /** A tick's label: the day, as Formats writes short dates. */
    public StringConverter<Number> dayLabels() {
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

    public ReadOnlyObjectProperty<DayAxis> painAxis() {
        return painAxis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    public ObservableBooleanValue reading() {
        return reading;
    }

    public ObservableBooleanValue failed() {
        return failed;
    }

    public ObservableBooleanValue shown() {
        return shown;
    }

    /** Why the records could not be read, in words. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** "This week: 3 of 7 days". */
    public ReadOnlyStringProperty week() {
        return week.getReadOnlyProperty();
    }

    /** How many sessions are not saved yet, or empty when all are. */
    public ReadOnlyStringProperty unsaved() {
        return unsaved.getReadOnlyProperty();
    }

    public ObservableBooleanValue unsavedShown() {
        return unsavedShown;
    }

    /** Whether there are sessions to chart, list and export. */
    public ReadOnlyBooleanProperty hasSessions() {
        return hasSessions.getReadOnlyProperty();
    }

    /** No sessions, saved or waiting: the view says how to start. */
    public ReadOnlyBooleanProperty empty() {
        return empty.getReadOnlyProperty();
    }

    /** Earlier days than those listed. */
    public ReadOnlyBooleanProperty moreDays() {
        return moreDays.getReadOnlyProperty();
    }

    /** The pain warning, when the latest ratings call for one. */
    public ReadOnlyObjectProperty<Optional<PainTrend.Warning>> warning() {
        return warning.getReadOnlyProperty();
    }

    public ObservableBooleanValue warningShown() {
        return warningShown;
    }

    /** The latest days, newest first. */
    public ObservableList<DayRow> days() {
        return readOnlyDays;
    }

    /** Pain before and after, one point a rated session, oldest first. */
    public ObservableList<TimeSeries> pain() {
        return readOnlyPain;
    }

    /** Sessions in each of the last weeks. */
    public ReadOnlyObjectProperty<Series> weeks() {
        return weeks.getReadOnlyProperty();
    }

    /** The top of the sessions-per-week axis: above the busiest week, at least three. */
    public ReadOnlyIntegerProperty weekAxisTop() {
        return weekAxisTop.getReadOnlyProperty();
    }
}
