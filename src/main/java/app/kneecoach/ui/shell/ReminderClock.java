package app.kneecoach.ui.shell;

import app.kneecoach.userdata.Reminders;
import app.kneecoach.userdata.Reminders.Reminder;
import app.kneecoach.userdata.RoutineSchedule;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Looks at the time every half minute while the app runs, on the window's timeline (the wall clock comes from the
 * app's clock, so tests move it): each planned time that has come since the last look is handed on once, and then
 * the today card is told the time moved (a new day changes it). A planned time more than two hours past when the
 * window looks (the computer was asleep) is not told: see {@link Reminders}.
 */
final class ReminderClock {
    static final Duration EVERY = Duration.seconds(30);
    private final Supplier<Clock> wall;
    private final Supplier<List<RoutineSchedule>> schedules;
    private final Consumer<Reminder> onReminder;
    private final Runnable afterLook;
    private LocalDateTime lastLook;

    /** @param afterLook run after every look, reminders or none */
    ReminderClock(Supplier<Clock> wall, Supplier<List<RoutineSchedule>> schedules, Consumer<Reminder> onReminder,
                  Runnable afterLook) {
        this.wall = wall;
        this.schedules = schedules;
        this.onReminder = onReminder;
        this.afterLook = afterLook;
        this.lastLook = now();
    }

    void start() {
        Timeline timeline = new Timeline(new KeyFrame(EVERY, e -> look()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    /** Tells each planned time since the last look, then runs {@code afterLook}. */
    void look() {
        LocalDateTime now = now();
        // A clock set back tells nothing until it passes a planned time again.
        Reminders.between(schedules.get(), lastLook, now).forEach(onReminder);
        lastLook = now;
        afterLook.run();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(wall.get());
    }
}
