package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.FitRow;
import app.kneecoach.ui.shell.ReminderNoticesViewModel.Notice;
import app.kneecoach.ui.shell.TodayPlanViewModel.Row;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The reminders that have come and the today card, above the sections, kept in step with their view models, and
 * the {@link ReminderClock} that brings the reminders. Built in code, with {@link Blocks}: a card for each
 * reminder and a row for each routine due today, repeated from the records' state, which FXML cannot say.
 */
final class TodayPlanView {
    private final TodayPlanViewModel plan;
    private final ReminderNoticesViewModel reminders;
    private final VBox into;
    private final VBox planCard = Blocks.card("today-card", List.of());
    private final ReminderClock clock;

    /** @param wall the time of day now, for the reminders */
    TodayPlanView(TodayPlanViewModel plan, ReminderNoticesViewModel reminders, Supplier<Clock> wall, VBox into) {
        this.plan = plan;
        this.reminders = reminders;
        this.into = into;
        planCard.setId("today-plan");
        InvalidationListener planChanged = obs -> showPlan();
        plan.rows().addListener(planChanged);
        plan.nothingToday().addListener(planChanged);
        plan.week().addListener(planChanged);
        plan.shown().addListener(obs -> showCards());
        reminders.notices().addListener((ListChangeListener<Notice>) change -> showCards());
        TrayMessage tray = new TrayMessage();
        reminders.alsoTell(tray::show);
        showPlan();
        showCards();
        clock = new ReminderClock(wall, plan::schedules, reminders::remind, plan::tick);
        clock.start();
        // The window's tests look at the time at once (lookNow) rather than wait for the next half minute.
        into.getProperties().put(TodayPlanView.class, this);
    }

    /** Looks at the time now rather than at the next half minute. */
    void lookNow() {
        clock.look();
    }

    /** The reminders, then the today card while it is shown; nothing at all (so no room taken) otherwise. */
    private void showCards() {
        List<Node> shown = new ArrayList<>(reminders.notices().stream().map(this::notice).toList());
        if (plan.shown().get()) {
            shown.add(planCard);
        }
        into.getChildren().setAll(shown);
    }

    private void showPlan() {
        List<Node> content = new ArrayList<>();
        plan.rows().forEach(row -> content.add(row(row)));
        if (!plan.nothingToday().get().isEmpty()) {
            content.add(Blocks.text(plan.nothingToday().get(), "today-line"));
        }
        content.add(Blocks.text(plan.week().get(), "today-week"));
        planCard.getChildren().setAll(content);
    }

    /** "Today: Gentle start at 9:00 AM" and its Start button, or "Done". */
    private Node row(Row row) {
        FitRow line = new FitRow();
        line.getStyleClass().add("banner-buttons");
        Label what = Blocks.text(row.text(), "today-line");
        if (row.done()) {
            Label done = Blocks.text(plan.doneText(), "today-done");
            line.getChildren().setAll(what, done);
        } else {
            Button start = new Button(plan.startText());
            start.setId("today-start-" + row.routineId());
            start.getStyleClass().add("primary");
            start.setAccessibleText(plan.startAccessibleText(row));
            start.setOnAction(e -> plan.start(row.routineId()));
            line.getChildren().setAll(what, start);
        }
        return line;
    }

    /** "Time for Gentle start (9:00 AM)", with Start and Dismiss. */
    private Node notice(Notice notice) {
        Button start = new Button(reminders.startText());
        start.setId("reminder-start-" + notice.routineId());
        start.getStyleClass().add("primary");
        start.setAccessibleText(reminders.startAccessibleText(notice));
        start.setOnAction(e -> reminders.start(notice));
        Button dismiss = new Button(reminders.dismissText());
        dismiss.setId("reminder-dismiss-" + notice.routineId());
        dismiss.setAccessibleText(reminders.dismissAccessibleText(notice));
        dismiss.setOnAction(e -> reminders.dismiss(notice));
        FitRow buttons = new FitRow();
        buttons.getStyleClass().add("banner-buttons");
        buttons.getChildren().setAll(start, dismiss);
        VBox card = Blocks.card("reminder-card", List.of(Blocks.heading(notice.text(), "h2"), buttons));
        card.setId("reminder-" + notice.routineId());
        return card;
    }
}
