package app.kneecoach.ui.common;

import app.kneecoach.catalog.AerobicOption;
import app.kneecoach.userdata.AerobicEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "I did N minutes of ..." form, shared by the Aerobic & yoga page and History: which option, which day
 * (today or one of the two weeks before), how many minutes. A new entry is written to the records here (on the
 * records thread); an entry being edited is handed to the owner on Save, which writes it with an undo.
 */
public final class AerobicLogViewModel {
    /** Days offered: today and the two weeks before it (an entry being edited keeps its own day too). */
    static final int DAYS_OFFERED = 15;
    static final int DEFAULT_MINUTES = 30;

    private final Messages text = Messages.DEFAULT;
    private final Formats formats = Formats.DEFAULT;
    private final AppServices services;
    private final List<AerobicOption> options;
    private final Runnable logged;
    private final ObservableList<String> optionNames = FXCollections.observableArrayList();
    private final ObservableList<String> dayNames = FXCollections.observableArrayList();
    private final List<LocalDate> days = new ArrayList<>();
    private final IntegerProperty option = new SimpleIntegerProperty(0);
    private final IntegerProperty day = new SimpleIntegerProperty(0);
    private final IntegerProperty minutes = new SimpleIntegerProperty(DEFAULT_MINUTES);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private Optional<AerobicEntry> edited = Optional.empty();
    private Consumer<AerobicEntry> save = entry -> { };
    private Runnable cancel = () -> { };

    /** @param logged told once a new entry is in the records */
    public AerobicLogViewModel(AppServices services, List<AerobicOption> options, Runnable logged) {
        this.services = services;
        this.options = List.copyOf(options);
        this.logged = logged;
        optionNames.setAll(this.options.stream().map(AerobicOption::name).toList());
        offerDays(Optional.empty());
    }

    /** Fills the form with {@code entry}: Save hands the changed entry (same id) to {@code onSave}. */
    public void edit(AerobicEntry entry, Consumer<AerobicEntry> onSave, Runnable onCancel) {
        edited = Optional.of(entry);
        save = onSave;
        cancel = onCancel;
        offerDays(Optional.of(entry.day()));
        option.set(IntStream.range(0, options.size()).filter(i -> options.get(i).id().equals(entry.optionId()))
                .findFirst().orElse(0));
        day.set(days.indexOf(entry.day()));
        minutes.set(entry.minutes());
        result.set("");
        editing.set(true);
    }

    /** Log (a new entry) or Save (the one being edited). */
    public void submit() {
        if (options.isEmpty()) {
            return;
        }
        AerobicOption chosen = options.get(option.get());
        LocalDate date = days.get(day.get());
        int value = Math.max(AerobicEntry.MINUTES.min(), Math.min(AerobicEntry.MINUTES.max(), minutes.get()));
        if (edited.isPresent()) {
            save.accept(edited.get().edited(date, chosen.id(), chosen.name(), value));
            return;
        }
        AerobicEntry entry = AerobicEntry.logged(date, chosen.id(), chosen.name(), value, services.clock().now());
        String said = text.get("aerobicLog.logged", value, chosen.name(), dayName(date));
        // The records may still be opening: the records thread waits for them, the window does not.
        services.background().run(() -> {
            services.historyReading().join().store().aerobic().save(entry);
            return entry;
        }, saved -> {
            result.set(said);
            logged.run();
        }, e -> result.set(text.get("aerobicLog.failed", e.getMessage())));
    }

    /** Leaves the entry being edited as it was. */
    public void cancel() {
        cancel.run();
    }

    private void offerDays(Optional<LocalDate> also) {
        LocalDate today = services.today();
        days.clear();
        IntStream.range(0, DAYS_OFFERED).forEach(i -> days.add(today.minusDays(i)));
        also.filter(d -> !days.contains(d)).ifPresent(days::add);
        dayNames.setAll(days.stream().map(this::dayName).toList());
        day.set(0);
    }

    /** "Today", "Yesterday", then the weekday and date: short enough for the choice at 200 % text. */
    private String dayName(LocalDate date) {
        LocalDate today = services.today();
        if (date.equals(today)) {
            return text.get("aerobicLog.today");
        }
        return date.equals(today.minusDays(1)) ? text.get("aerobicLog.yesterday") : formats.weekdayAndDate(date);
    }

    public ObservableList<String> optionNames() {
        return optionNames;
    }

    public ObservableList<String> dayNames() {
        return dayNames;
    }

    /** The chosen option, as its place in {@link #optionNames()}. */
    public IntegerProperty option() {
        return option;
    }

    /** The chosen day, as its place in {@link #dayNames()}. */
    public IntegerProperty day() {
        return day;
    }

    public IntegerProperty minutes() {
        return minutes;
    }

    /** What became of the last Log: logged, or why not. */
    public ReadOnlyStringProperty result() {
        return result.getReadOnlyProperty();
    }

    /** Editing an entry (Save and Cancel) rather than logging a new one (Log). */
    public ReadOnlyBooleanProperty editing() {
        return editing.getReadOnlyProperty();
    }
}
