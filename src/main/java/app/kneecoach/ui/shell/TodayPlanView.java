package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.FitRow;
import app.kneecoach.ui.shell.ReminderNoticesViewModel.Notice;
import app.kneecoach.ui.shell.TodayPlanViewModel.Row;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Today's plan above the sections, with the reminders that have come, kept in step with their view models, and
 * the {@link ReminderClock} that brings the reminders. A reminder for a routine on the card takes that routine's
 * line ("Time for Gentle start (9:00 AM)", Start, Dismiss), first on the card, so the two never take twice the
 * room in a small window; one for a routine not on the card (its day just ended, or the card could not be read) is a card of its
 * own above it. Built in code, with {@link Blocks}: a line for each routine due today and each reminder, repeated
 * from the records' state, which FXML cannot say.
 */
final class TodayPlanView {
    private final TodayPlanViewModel plan;
    private final ReminderNoticesViewModel reminders;
    private final VBox into;
    private final ReminderClock clock;

    /** @param wall the time of day now, for the reminders */
    TodayPlanView(TodayPlanViewModel plan, ReminderNoticesViewModel reminders, Supplier<Clock> wall, VBox into) {
        this.plan = plan;
        this.reminders = reminders;
        this.into = into;
        InvalidationListener changed = obs -> show();
        plan.rows().addListener(changed);
        plan.nothingToday().addListener(changed);
        plan.week().addListener(changed);
        plan.shown().addListener(changed);
        reminders.notices().addListener(changed);
        TrayMessage tray = new TrayMessage();
        reminders.alsoTell(tray::show);
        show();
        clock = new ReminderClock(wall, plan::schedules, reminders::remind, plan::tick);
        clock.start();
        // The window's tests look at the time at once (lookNow) rather than wait for the next half minute.
        into.getProperties().put(TodayPlanView.class, this);
    }

    /** Looks at the time now rather than at the next half minute. */
    void lookNow() {
        clock.look();
    }

    /** The reminders not on the card, then the card while it is shown; nothing at all (so no room) otherwise. */
    private void show() {
        Set<String> onCard = plan.shown().get()
                ? plan.rows().stream().map(Row::routineId).collect(Collectors.toSet()) : Set.of();
        List<Node> cards = new ArrayList<>();
        reminders.notices().stream().filter(n -> !onCard.contains(n.routineId()))
                .forEach(n -> cards.add(card("reminder-card", "reminder-" + n.routineId(), List.of(reminder(n)))));
        if (plan.shown().get()) {
            cards.add(card("today-card", "today-plan", planLines()));
        }
        into.getChildren().setAll(cards);
    }

    private List<Node> planLines() {
        // The reminders first: in a small window the card scrolls, and they are what the person should see.
        Set<String> due = plan.rows().stream().map(Row::routineId).collect(Collectors.toSet());
        List<Node> lines = new ArrayList<>(reminders.notices().stream().filter(n -> due.contains(n.routineId()))
                .map(this::reminderOnCard).toList());
        Set<String> reminded = reminders.notices().stream().map(Notice::routineId).collect(Collectors.toSet());
        plan.rows().stream().filter(row -> !reminded.contains(row.routineId())).forEach(row -> lines.add(row(row)));
        if (!plan.nothingToday().get().isEmpty()) {
            lines.add(Blocks.text(plan.nothingToday().get(), "today-line"));
        }
        lines.add(Blocks.text(plan.week().get(), "today-week"));
        return lines;
    }

    private static VBox card(String styleClass, String id, List<Node> content) {
        VBox card = Blocks.card(styleClass, content);
        card.setId(id);
        return card;
    }

    /** "Today: Gentle start at 9:00 AM" and its Start button, or "Done". */
    private Node row(Row row) {
        Label what = Blocks.text(row.text(), "today-line");
        if (row.done()) {
            return line(what, Blocks.text(plan.doneText(), "today-done"));
        }
        Button start = new Button(plan.startText());
        start.setId("today-start-" + row.routineId());
        start.getStyleClass().add("primary");
        start.setAccessibleText(plan.startAccessibleText(row));
        start.setOnAction(e -> plan.start(row.routineId()));
        return line(what, start);
    }

    /** A reminder in place of its routine's line on the card, marked as one. */
    private Node reminderOnCard(Notice notice) {
        Node line = reminder(notice);
        line.setId("reminder-" + notice.routineId());
        line.getStyleClass().add("reminder-line");
        return line;
    }

    /** "Time for Gentle start (9:00 AM)", with Start and Dismiss, on one line where it fits. */
    private FitRow reminder(Notice notice) {
        Button start = new Button(reminders.startText());
        start.setId("reminder-start-" + notice.routineId());
        start.getStyleClass().add("primary");
        start.setAccessibleText(reminders.startAccessibleText(notice));
        start.setOnAction(e -> reminders.start(notice));
        Button dismiss = new Button(reminders.dismissText());
        dismiss.setId("reminder-dismiss-" + notice.routineId());
        dismiss.setAccessibleText(reminders.dismissAccessibleText(notice));
        dismiss.setOnAction(e -> reminders.dismiss(notice));
        return line(Blocks.heading(notice.text(), "reminder-text"), start, dismiss);
    }

    private static FitRow line(Node... children) {
        FitRow line = new FitRow();
        line.getStyleClass().add("banner-buttons");
        line.getChildren().setAll(children);
        return line;
    }
}
