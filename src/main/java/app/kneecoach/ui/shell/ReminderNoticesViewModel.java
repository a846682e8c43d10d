package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.sound.Tone;
import app.kneecoach.userdata.Reminders.Reminder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The reminders in the window, above the sections: "Time for Gentle start (9:00 AM)", with Start and Dismiss; when
 * one comes, also a soft tone (if sound is on) and a message through the system's tray, where there is one.
 * While a session (or the welcome) has the window a reminder is held, not shown: it would break into the exercise
 * the person is doing, on the floor. It is shown once the window is back, unless its routine has been done today
 * by then (the today card says "done"): a reminder for what was just done would only confuse.
 */
final class ReminderNoticesViewModel {

    /** A reminder shown, in words. */
    record Notice(String routineId, String routineName, String text) {
    }

    private final Messages text = Messages.DEFAULT;
    private final TodayPlanViewModel plan;
    private final SoundPlayer sound;
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    /** One read-only view, kept: it holds its listeners only as long as it lives. */
    private final ObservableList<Notice> shownNotices = FXCollections.unmodifiableObservableList(notices);
    private final List<Notice> held = new ArrayList<>();
    private BiConsumer<String, String> alsoTell = (title, message) -> { };
    private boolean windowFree = true;

    ReminderNoticesViewModel(TodayPlanViewModel plan, SoundPlayer sound) {
        this.plan = plan;
        this.sound = sound;
        // A routine done (from its card, or a session that was under way) needs no reminder any more.
        plan.rows().addListener((ListChangeListener<TodayPlanViewModel.Row>) change -> notices.removeIf(this::done));
    }

    ObservableList<Notice> notices() {
        return shownNotices;
    }

    /** Where a reminder is also told outside the window (the system tray), as a title and a message. */
    void alsoTell(BiConsumer<String, String> outside) {
        alsoTell = outside;
    }

    /** A planned time has come. */
    void remind(Reminder reminder) {
        String id = reminder.schedule().routineId();
        plan.routineName(id).ifPresent(name -> {
            Notice notice = new Notice(id, name, text.get("reminder.text", name,
                    TodayPlanViewModel.timeOfDay(reminder.schedule().time())));
            if (done(notice)) {
                return;
            }
            if (!windowFree) {
                held.removeIf(h -> h.routineId().equals(id));
                held.add(notice);
                return;
            }
            show(notice);
            sound.play(Tone.REST_PLANNED);
            alsoTell.accept(text.get("reminder.trayTitle"), notice.text());
        });
    }

    /** Whether the window is free for reminders: false while a session or the welcome has it. */
    void windowFree(boolean free) {
        windowFree = free;
        if (free) {
            held.stream().filter(notice -> !done(notice)).forEach(this::show);
            held.clear();
        }
    }

    void start(Notice notice) {
        notices.remove(notice);
        plan.start(notice.routineId());
    }

    void dismiss(Notice notice) {
        notices.remove(notice);
    }

    String startText() {
        return text.get("reminder.start");
    }

    String dismissText() {
        return text.get("reminder.dismiss");
    }

    String startAccessibleText(Notice notice) {
        return text.get("reminder.startAccessible", notice.routineName());
    }

    String dismissAccessibleText(Notice notice) {
        return text.get("reminder.dismissAccessible", notice.routineName());
    }

    /** A routine has one reminder shown at a time: a later one (another day's) takes its place. */
    private void show(Notice notice) {
        notices.removeIf(shown -> shown.routineId().equals(notice.routineId()));
        notices.add(notice);
    }

    private boolean done(Notice notice) {
        return plan.doneToday(notice.routineId());
    }
}
