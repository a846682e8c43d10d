package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.FileExport;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.Routine;
import app.kneecoach.userdata.RoutineSchedule;
import app.kneecoach.userdata.ScheduleStore;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * When the chosen routine is planned: the days (Monday to Sunday) and the time being chosen, what is saved, Save
 * and Remove (in the background; a failure is said and the choice stays on screen to try again), and the export of
 * every planned routine as a calendar file. {@link RoutinesViewModel} tells it which routine is shown.
 */
public final class ScheduleViewModel {
    /** The time offered for a routine not planned yet. */
    private static final LocalTime FIRST_OFFER = LocalTime.of(9, 0);

    private final Messages text;
    private final Formats formats;
    private final ScheduleSummary summary;
    private final ScheduleStore store;
    private final AppServices services;
    private final CalendarExport calendar;
    private final List<Day> days;
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final ReadOnlyStringWrapper planned = new ReadOnlyStringWrapper(this, "planned", "");
    private final ReadOnlyBooleanWrapper removable = new ReadOnlyBooleanWrapper(this, "removable");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper calendarShown = new ReadOnlyBooleanWrapper(this, "calendarShown");
    private final ReadOnlyStringWrapper calendarResult = new ReadOnlyStringWrapper(this, "calendarResult", "");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private String routineId;

    /** One of the week's days to choose, named in the text's language. */
    public record Day(DayOfWeek day, String name, String accessibleName, BooleanProperty chosen) {
    }

    ScheduleViewModel(Messages text, Formats formats, AppServices services, CalendarExport calendar) {
        this.text = text;
        this.formats = formats;
        this.summary = new ScheduleSummary(text, formats);
        this.store = services.routines().schedules();
        this.services = services;
        this.calendar = calendar;
        this.days = Arrays.stream(DayOfWeek.values()).map(day -> new Day(day, formats.shortWeekday(day),
                day.getDisplayName(TextStyle.FULL, formats.locale()), new SimpleBooleanProperty(false))).toList();
        days.forEach(day -> day.chosen().addListener((obs, old, now) -> edited()));
        time.addListener((obs, old, now) -> edited());
    }

    /**
     * Shows {@code routine}'s schedule. The same routine shown again (after its name or exercises changed) keeps
     * the days and time being chosen.
     */
    void show(Routine routine) {
        String id = routine == null ? null : routine.id();
        boolean same = id != null && id.equals(routineId);
        routineId = id;
        if (!same) {
            Optional<RoutineSchedule> saved = saved();
            Set<DayOfWeek> chosen = saved.map(RoutineSchedule::days).orElse(Set.of());
            days.forEach(day -> day.chosen().set(chosen.contains(day.day())));
            time.set(formats.timeOfDay(saved.map(RoutineSchedule::time).orElse(FIRST_OFFER)));
            problem.set("");
            result.set("");
        }
        showSaved();
    }

    /** Saves the days and time chosen, once they make a schedule. */
    public void save() {
        if (routineId == null) {
            return;
        }
        Set<DayOfWeek> chosen = chosenDays();
        Optional<LocalTime> at = TypedTime.parse(time.get());
        if (chosen.isEmpty()) {
            problem.set(text.get("schedule.noDay"));
        } else if (at.isEmpty()) {
            problem.set(text.get("schedule.badTime", examples()));
        } else {
            RoutineSchedule schedule = new RoutineSchedule(routineId, chosen, at.get());
            write(() -> store.put(schedule), "schedule.saved", "schedule.saveFailed");
        }
    }

    /** Takes the routine off the schedule; the days are cleared, the time stays. */
    public void remove() {
        String id = routineId;
        if (id == null) {
            return;
        }
        write(() -> store.remove(id), "schedule.removed", "schedule.removeFailed");
    }

    /** Writes every planned routine to {@code file} in the background, and says how it went. */
    public void exportCalendar(Path file) {
        LocalDate today = services.today();
        Instant now = services.clock().now();
        FileExport.saveInBackground(text, services.background(), file,
                FileExport.utf8(out -> out.write(calendar.ics(today, now))), calendarResult::set);
    }

    public String calendarFileName() {
        return CalendarExport.FILE_NAME;
    }

    /** The routine's schedule in a line for the list, e.g. "Mon, Wed, Fri at 9:00 AM"; empty when it has none. */
    String line(String id) {
        return store.of(id).map(summary::of).orElse("");
    }

    private interface Write {
        void run() throws Exception;
    }

    private void write(Write change, String doneKey, String failedKey) {
        String id = routineId;
        problem.set("");
        result.set(text.get("export.saving"));
        services.background().run(() -> {
            change.run();
            return id;
        }, written -> {
            if (written.equals(routineId)) {
                Optional<RoutineSchedule> saved = saved();
                days.forEach(day -> day.chosen().set(saved.map(s -> s.days().contains(day.day())).orElse(false)));
                saved.ifPresent(s -> time.set(formats.timeOfDay(s.time())));
                // After the days and time are shown as saved: their change events would clear it.
                result.set(text.get(doneKey));
            }
            showSaved();
            changes.set(changes.get() + 1);
        }, e -> {
            if (id.equals(routineId)) {
                result.set("");
                problem.set(text.get(failedKey, e.getMessage()));
            }
        });
    }

    private Optional<RoutineSchedule> saved() {
        return routineId == null ? Optional.empty() : store.of(routineId);
    }

    private void showSaved() {
        Optional<RoutineSchedule> saved = saved();
        planned.set(saved.map(s -> text.get("schedule.planned", summary.of(s))).orElse(text.get("schedule.notPlanned")));
        removable.set(saved.isPresent());
        // Also after a routine was deleted, its schedule with it.
        calendarShown.set(!store.schedules().isEmpty());
        compare();
    }

    /** A change of day or time: what was said about the last Save no longer applies. */
    private void edited() {
        compare();
        if (unsaved.get()) {
            problem.set("");
            result.set("");
        }
    }

    /** Whether what is chosen differs from what is saved (nothing chosen for a routine not planned is no change). */
    private void compare() {
        Optional<RoutineSchedule> saved = saved();
        Set<DayOfWeek> chosen = chosenDays();
        unsaved.set(saved.map(s -> !s.days().equals(chosen) || !TypedTime.parse(time.get()).equals(Optional.of(s.time())))
                .orElse(!chosen.isEmpty()));
    }

    private Set<DayOfWeek> chosenDays() {
        return days.stream().filter(day -> day.chosen().get()).map(Day::day)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    /** Monday to Sunday. */
    public List<Day> days() {
        return days;
    }

    /** The time as typed, e.g. "9:00 AM", "18:30" or "6:30 pm". */
    public StringProperty time() {
        return time;
    }

    /** "For example 9:00 AM or 6:30 PM", in the region's style. */
    public String timeHint() {
        return text.get("schedule.timeHint", examples());
    }

    /** A morning and an evening time in the region's style, for the hint and the problem. */
    private Object[] examples() {
        return new Object[] {formats.timeOfDay(FIRST_OFFER), formats.timeOfDay(LocalTime.of(18, 30))};
    }

    /** "Planned: Mon, Wed, Fri at 9:00 AM" or that it is not planned yet. */
    public ReadOnlyStringProperty planned() {
        return planned.getReadOnlyProperty();
    }

    /** The routine has a saved schedule, which Remove takes away. */
    public ReadOnlyBooleanProperty removable() {
        return removable.getReadOnlyProperty();
    }

    /** The days or time chosen differ from what is saved. */
    public ReadOnlyBooleanProperty unsaved() {
        return unsaved.getReadOnlyProperty();
    }

    /** What is missing or went wrong; empty when nothing did. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** "Saving…", then "Saved." or "Removed…". */
    public ReadOnlyStringProperty result() {
        return result.getReadOnlyProperty();
    }

    /** Any routine is planned, so there is something to put in a calendar. */
    public ReadOnlyBooleanProperty calendarShown() {
        return calendarShown.getReadOnlyProperty();
    }

    /** "Saving…", then where the calendar file was saved or why it could not be. */
    public ReadOnlyStringProperty calendarResult() {
        return calendarResult.getReadOnlyProperty();
    }

    /** Counts the saved changes, so the routine list can show each routine's schedule anew. */
    public ReadOnlyIntegerProperty changes() {
        return changes.getReadOnlyProperty();
    }
}
