package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.AerobicOption;
import app.kneecoach.userdata.HistorySummary;
import app.kneecoach.userdata.PainTrend;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

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

    /** A day with sessions or aerobic minutes: its date (ISO, for the card's id), its title, and what was done. */
    public record DayRow(String date, String title, List<SessionRow> sessions, List<AerobicRow> aerobic) {
    }

    /** A session's line, a line for each exercise in it, and the names of its Edit and Delete buttons. */
    public record SessionRow(String id, String line, List<String> exercises, String editName, String deleteName) {
    }

    /** Aerobic minutes' line, and the names of its Edit and Delete buttons. */
    public record AerobicRow(String id, String line, String editName, String deleteName) {
    }

    private final Messages text = Messages.DEFAULT;
    private final AppServices services;
    private final HistoryText words;
    private final HistoryCharts charts;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper week = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper aerobicWeek = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unsaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasRecords = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper moreDays = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<PainTrend.Warning>> warning =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<DayRow> days = FXCollections.observableArrayList();
    // Held here: a binding or read-only list that nothing holds would be collected, and its listeners with it.
    private final ObservableList<DayRow> readOnlyDays = FXCollections.unmodifiableObservableList(days);
    private final BooleanBinding reading = Bindings.equal(state, State.READING);
    private final BooleanBinding failed = Bindings.equal(state, State.FAILED);
    private final BooleanBinding shown = Bindings.equal(state, State.SHOWN);
    private final BooleanBinding unsavedShown = unsaved.isNotEmpty();
    private final BooleanBinding warningShown = Bindings.createBooleanBinding(() -> warning.get().isPresent(),
            warning);
    private final HistoryEditing editing;
    private final DayRows rows;
    private int daysShown = DAYS_PER_PAGE;

    /**
     * @param options       the aerobic options minutes can be logged for
     * @param recordsEdited told after a change made here reached the records (the pain warning may follow it)
     */
    public HistoryViewModel(AppServices services, List<AerobicOption> options, Runnable recordsEdited) {
        this.services = services;
        this.words = new HistoryText(text, services.zone());
        this.charts = new HistoryCharts(text, words, new PainTimeline(words, services.zone()));
        this.rows = new DayRows(text, words);
        this.editing = new HistoryEditing(services, options, words, () -> {
            read();
            recordsEdited.run();
        });
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
        services.background().run(() -> HistorySummary.read(services.storage().store(),
                services.storage().store().aerobic(), request), this::show, e -> {
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
        boolean any = summary.sessions() > 0 || summary.aerobicEntries() > 0;
        hasRecords.set(any);
        aerobicWeek.set(text.get("history.aerobicWeek", summary.aerobicMinutesInLastWeek()));
        empty.set(!any && waiting == 0);
        moreDays.set(any && summary.moreDays());
        charts.show(summary);
        Collection<HistorySummary.Day> shownDays = summary.days().values();
        editing.shown(shownDays.stream().flatMap(d -> d.sessions().stream()).toList(),
                shownDays.stream().flatMap(d -> d.aerobic().stream()).toList());
        days.setAll(rows.of(summary.days()));
        state.set(State.SHOWN);
    }

    /** Editing and deleting what is listed, and the undo bar. */
    public HistoryEditing editing() {
        return editing;
    }

    /** The charts of pain over time, sessions a week and aerobic minutes a week. */
    public HistoryCharts charts() {
        return charts;
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

    /** Whether there are sessions or aerobic minutes to chart, list and export. */
    public ReadOnlyBooleanProperty hasRecords() {
        return hasRecords.getReadOnlyProperty();
    }

    /** "Aerobic exercise in the last seven days: 45 minutes". */
    public ReadOnlyStringProperty aerobicWeek() {
        return aerobicWeek.getReadOnlyProperty();
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
}
