package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Routine;
import app.kneecoach.userdata.RoutineSchedule;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.WeekPlan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The card about today's plan, above the sections while any routine has a schedule: what is due today (each with
 * Start, or marked done), or the next planned day, and this week so far against the plan. This week's sessions are
 * read in the background, while something is planned, after the records open, after a session is saved or the
 * records change, when the first schedule is saved, and when the day changes ({@link #tick}); the schedules and routine names are in memory, so a change to them is shown at once.
 * If the sessions cannot be read the card is left out (and the reason logged): the rest of the window is unaffected.
 */
final class TodayPlanViewModel {
    private static final Logger LOG = Logger.getLogger(TodayPlanViewModel.class.getName());

    /** A routine due today, in words: "Today: Gentle start at 9:00 AM". */
    record Row(String routineId, String routineName, String text, boolean done) {
    }

    private final Messages text = Messages.DEFAULT;
    private final Formats formats = Formats.DEFAULT;
    private final Catalog catalog;
    private final AppServices services;
    private final Consumer<Routine> onStart;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: it holds its listeners only as long as it lives. */
    private final ObservableList<Row> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper nothingToday = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper week = new ReadOnlyStringWrapper("");
    /** This week's sessions as last read, for the day they were read on; empty until read (or if that failed). */
    private Optional<List<SessionRecord>> sessions = Optional.empty();
    private LocalDate readFor;
    /** Counts the reads, so an earlier read that ends late does not overwrite a later one. */
    private int reads;
    private boolean listening;

    /** @param onStart starts a routine as the Routines section does: through the pain check-in */
    TodayPlanViewModel(Catalog catalog, AppServices services, Consumer<Routine> onStart) {
        this.catalog = catalog;
        this.services = services;
        this.onStart = onStart;
    }

    /** Whether the card is shown: the records are read, some routine has a schedule, and this week could be read. */
    ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    /** Today's routines, those still to do first, each part earliest first; empty when none is planned today. */
    ObservableList<Row> rows() {
        return shownRows;
    }

    /** "Nothing planned today; next: Wed at 9:00 AM", or empty when something is planned today. */
    ReadOnlyStringProperty nothingToday() {
        return nothingToday.getReadOnlyProperty();
    }

    /** "This week: 2 of 3 planned sessions done, 1 still to come". */
    ReadOnlyStringProperty week() {
        return week.getReadOnlyProperty();
    }

    /** Reads this week's sessions again (the records opened, a session was saved, the records were replaced). */
    void refresh() {
        if (!services.historyRead()) {
            return;
        }
        if (!listening) {
            listening = true;
            services.routines().schedules().onChange(() -> services.background().ui().execute(this::scheduleChanged));
        }
        int read = ++reads;
        if (schedules().isEmpty()) {
            // Nothing planned, no card: this week's sessions are read once something is (not at every start).
            sessions = Optional.empty();
            readFor = null;
            show();
            return;
        }
        LocalDate today = services.today();
        var from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(services.zone());
        services.background().run(() -> services.storage().store().between(from.toInstant(),
                from.plusWeeks(1).toInstant()), found -> {
                    if (read == reads) {
                        sessions = Optional.of(found);
                        readFor = today;
                        show();
                    }
                }, e -> {
                    if (read == reads) {
                        LOG.log(Level.WARNING, "this week's sessions could not be read for today's plan", e);
                        sessions = Optional.empty();
                        readFor = today;
                        show();
                    }
                });
    }

    /** Now and then (the reminders' clock): a new day, or a new week, reads the sessions again; else shows the plan. */
    void tick() {
        if (readFor != null && !readFor.equals(services.today())) {
            refresh();
        } else {
            show();
        }
    }

    /** A schedule was saved or removed: the first one planned reads this week's sessions, later ones only show. */
    private void scheduleChanged() {
        if (sessions.isEmpty()) {
            refresh();
        } else {
            show();
        }
    }

    /** Starts the routine, as its Start button says. */
    void start(String routineId) {
        routine(routineId).ifPresent(onStart);
    }

    /** The routine's name now, if it is still there. */
    Optional<String> routineName(String routineId) {
        return routine(routineId).map(Routine::name);
    }

    /** Whether the routine is planned today and has been done today. */
    boolean doneToday(String routineId) {
        return rows.stream().anyMatch(row -> row.routineId().equals(routineId) && row.done());
    }

    /** The schedules, once the records are open; none before. */
    List<RoutineSchedule> schedules() {
        return services.historyRead() ? services.routines().schedules().schedules() : List.of();
    }

    /** A planned time, kept on one line: "9:00 AM" never wraps between the number and the AM. */
    static String timeOfDay(LocalTime time) {
        return Formats.DEFAULT.timeOfDay(time).replace(' ', '\u00a0');
    }

    String startText() {
        return text.get("today.start");
    }

    String startAccessibleText(Row row) {
        return text.get("today.startAccessible", row.routineName());
    }

    String doneText() {
        return text.get("today.done");
    }

    private void show() {
        Map<String, String> names = routineNames();
        List<RoutineSchedule> planned = schedules().stream().filter(s -> names.containsKey(s.routineId())).toList();
        if (sessions.isEmpty() || planned.isEmpty()) {
            shown.set(false);
            rows.clear();
            return;
        }
        LocalDate today = services.today();
        WeekPlan plan = WeekPlan.of(planned, names, sessions.get(), today, services.zone());
        List<Row> due = new ArrayList<>();
        for (WeekPlan.Due d : plan.today()) {
            String line = text.get("today.due", d.routineName(), timeOfDay(d.time()));
            due.add(new Row(d.routineId(), d.routineName(), line, d.done()));
        }
        // What is still to do first: in a small window the card scrolls, and the done ones matter less.
        due.sort(Comparator.comparing(Row::done));
        if (!rows.equals(due)) {
            rows.setAll(due);
        }
        nothingToday.set(due.isEmpty() ? next(planned, today) : "");
        week.set(weekText(plan));
        shown.set(true);
    }

    /** The next day after today with something planned, and its earliest time. */
    private String next(List<RoutineSchedule> planned, LocalDate today) {
        for (LocalDate day = today.plusDays(1); day.isBefore(today.plusWeeks(1).plusDays(1)); day = day.plusDays(1)) {
            LocalDate on = day;
            Optional<LocalTime> first = planned.stream().filter(s -> s.dueOn(on)).map(RoutineSchedule::time)
                    .min(LocalTime::compareTo);
            if (first.isPresent()) {
                return text.get("today.nothing", formats.shortWeekday(on.getDayOfWeek()), timeOfDay(first.get()));
            }
        }
        // Not reached: every schedule has a day, and a week from today is that weekday again.
        return "";
    }

    private String weekText(WeekPlan plan) {
        if (plan.planned() == 0) {
            return text.get("today.week.onlyAhead", plan.ahead());
        }
        return plan.ahead() == 0 ? text.get("today.week.soFar", plan.kept(), plan.planned())
                : text.get("today.week.withAhead", plan.kept(), plan.planned(), plan.ahead());
    }

    /** Built-in routines and the person's own, by id. */
    private Map<String, String> routineNames() {
        Map<String, String> names = new LinkedHashMap<>();
        allRoutines().forEach(r -> names.putIfAbsent(r.id(), r.name()));
        return names;
    }

    private Optional<Routine> routine(String routineId) {
        return allRoutines().filter(r -> r.id().equals(routineId)).findFirst();
    }

    private Stream<Routine> allRoutines() {
        List<Routine> own = services.historyRead() ? services.routines().routines() : List.of();
        return Stream.concat(catalog.routines().stream(), own.stream());
    }
}
