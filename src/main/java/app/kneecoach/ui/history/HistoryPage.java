package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.CatalogPage;
import app.kneecoach.ui.common.SafetyCard;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.HistoryStats;
import app.kneecoach.userdata.HistorySummary;
import app.kneecoach.userdata.SessionRecord;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The history: this week's adherence, pain and sessions over time, every session by day, and CSV export. */
public final class HistoryPage extends CatalogPage {
    /** Days listed at first and added by "Show earlier days": enough to read, quick to open with years of history. */
    static final int DAYS_PER_PAGE = 7;
    static final int PAIN_POINTS = 30;
    static final int WEEKS_CHARTED = 8;
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);

    private final AppServices services;
    private final RecordsActions records;
    private int daysShown = DAYS_PER_PAGE;
    /** The summary just read, used by the next build of the page. */
    private HistorySummary summary;
    private Exception failure;
    private boolean building;

    public HistoryPage(Catalog catalog, AppServices services, Consumer<String> onRestored) {
        super(catalog);
        this.services = services;
        this.records = new RecordsActions(text, services, onRestored);
    }

    @Override
    protected List<Node> content() {
        building = true;
        try {
            return build();
        } finally {
            building = false;
        }
    }

    private List<Node> build() {
        if (summary == null && failure == null) {
            // Read in the background; the page is built again when it arrives (or says why it could not be).
            read();
        }
        if (failure != null) {
            Exception e = failure;
            failure = null;
            return failed(e);
        }
        if (summary == null) {
            return List.of(Blocks.heading(text.get("history.title"), "h1"), reading());
        }
        HistorySummary shown = summary;
        summary = null;
        List<Node> nodes = new ArrayList<>();
        nodes.add(Blocks.heading(text.get("history.title"), "h1"));
        shown.warning().ifPresent(w -> nodes.add(SafetyCard.card(text, w, catalog)));
        Label week = Blocks.text(text.get("history.week", shown.activeDaysInLastWeek()), "history-week");
        week.setId("history-week");
        nodes.add(week);
        nodes.add(Blocks.text(text.get("history.weekDetail"), "lead"));
        int unsaved = services.saver().unsavedSessions().size();
        if (unsaved > 0) {
            // Not in the records yet, so not counted below: said, rather than looking lost.
            Label waiting = Blocks.text(text.get("history.unsaved", unsaved), "player-problem");
            waiting.setId("history-unsaved");
            nodes.add(waiting);
        }
        if (shown.sessions() == 0) {
            if (unsaved == 0) {
                nodes.add(Blocks.card("notice-card", List.of(Blocks.text(text.get("history.empty")))));
            }
            nodes.add(records.build(false));
            return nodes;
        }
        // Charts cost more to build than the rest of the page together; they follow one frame later, so the
        // week, the export and the list are on screen at once.
        VBox charts = new VBox();
        charts.getStyleClass().add("history-charts");
        charts.setId("history-charts");
        Platform.runLater(() -> charts.getChildren().setAll(painChart(shown.pain()), weekChart(shown.weeks())));
        nodes.add(charts);
        nodes.add(Blocks.heading(text.get("history.days"), "h2"));
        shown.days().forEach((day, sessions) -> nodes.add(dayCard(day, sessions)));
        if (shown.moreDays()) {
            Button earlier = new Button(text.get("history.earlier"));
            earlier.setId("history-earlier");
            earlier.setOnAction(e -> {
                daysShown += DAYS_PER_PAGE;
                refresh();
            });
            nodes.add(earlier);
        }
        nodes.add(records.build(true));
        return nodes;
    }

    private Label reading() {
        Label reading = Blocks.text(text.get("history.reading"), "lead");
        reading.setId("history-reading");
        return reading;
    }

    private void read() {
        if (!services.historyRead()) {
            // The main window builds this page again once the records are open.
            return;
        }
        var request = new HistorySummary.Request(services.today(), services.zone(), daysShown, PAIN_POINTS,
                WEEKS_CHARTED);
        services.background().run(() -> HistorySummary.read(services.storage().store(), request), read -> {
            summary = read;
            rebuild();
        }, e -> {
            failure = e;
            rebuild();
        });
    }

    /** Builds the page with what arrived, unless it arrived at once, while the page was being built. */
    private void rebuild() {
        if (!building) {
            refresh();
        }
    }

    /** The records could not be read: say so, with a way to try again, never an endless "Reading...". */
    private List<Node> failed(Exception e) {
        Button retry = new Button(text.get("history.retry"));
        retry.setId("history-retry");
        retry.setOnAction(event -> refresh());
        Label problem = Blocks.text(text.get("history.readFailed", e.getMessage()), "player-problem");
        problem.setId("history-problem");
        return List.of(Blocks.heading(text.get("history.title"), "h1"), problem, retry);
    }

    private Node painChart(List<HistoryStats.PainPoint> points) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 10, 2);
        y.setLabel(text.get("history.painAxis"));
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("pain-chart");
        chart.setTitle(text.get("history.painChart"));
        chart.setAnimated(false);
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName(text.get("history.painBefore"));
        XYChart.Series<String, Number> after = new XYChart.Series<>();
        after.setName(text.get("history.painAfter"));
        int n = 0;
        for (HistoryStats.PainPoint point : points) {
            // Several sessions on one day need distinct categories; the counter keeps them apart invisibly.
            String label = SHORT_DATE.format(point.at().atZone(services.zone())) + "\u200b".repeat(n++ % 8);
            point.before().ifPresent(p -> before.getData().add(new XYChart.Data<>(label, p)));
            point.after().ifPresent(p -> after.getData().add(new XYChart.Data<>(label, p)));
        }
        chart.getData().add(before);
        chart.getData().add(after);
        chart.getStyleClass().add("history-chart");
        return chart;
    }

    private Node weekChart(List<HistoryStats.WeekCount> weeks) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(text.get("history.weekAxis"));
        int most = weeks.stream().mapToInt(HistoryStats.WeekCount::sessions).max().orElse(0);
        // Whole sessions only: a fixed range in steps of one, never "1.5 sessions".
        NumberAxis y = new NumberAxis(0, Math.max(3, most + 1), 1);
        y.setLabel(text.get("history.sessionsAxis"));
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("week-chart");
        chart.setTitle(text.get("history.weeksChart"));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        weeks.forEach(week ->
                series.getData().add(new XYChart.Data<>(SHORT_DATE.format(week.weekStart()), week.sessions())));
        chart.getData().add(series);
        chart.getStyleClass().add("history-chart");
        return chart;
    }

    private Node dayCard(LocalDate day, List<SessionRecord> sessions) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(DAY.format(day), "h3"));
        for (SessionRecord s : sessions) {
            content.add(Blocks.text(text.get("history.sessionLine", TIME.format(s.startedAt().atZone(services.zone())),
                    sessionSummary(s)), "history-session"));
            content.addAll(Blocks.bullets(s.exercises().stream().map(this::exerciseSummary).toList()));
        }
        Node card = Blocks.card("history-day", content);
        card.setId("day-" + day);
        return card;
    }

    private String sessionSummary(SessionRecord s) {
        String separator = text.get("dosage.separator");
        List<String> parts = new ArrayList<>();
        parts.add(s.routineName().orElse(text.get("history.single")));
        parts.add(text.get("history.pain", pain(s.painBefore()), pain(s.painAfter())));
        parts.add(text.get("history.status." + s.status().key()));
        s.noteBefore().ifPresent(parts::add);
        s.noteAfter().ifPresent(parts::add);
        return String.join(separator, parts);
    }

    private String exerciseSummary(ExerciseRecord e) {
        String name = e.variation().map(v -> e.exerciseName() + " (" + v + ")").orElse(e.exerciseName());
        String sides = e.sides().stream()
                .map(side -> text.get("side." + side.side().name() + ".title") + " "
                        + text.get("history.sets", side.setsCompleted(), e.choice().sets()))
                .collect(Collectors.joining(", "));
        String outcome = text.get("history.outcome." + e.outcome().key());
        return text.get("history.exerciseLine", name, sides.isEmpty() ? outcome : sides + ", " + outcome);
    }

    private String pain(OptionalInt pain) {
        return pain.isPresent() ? String.valueOf(pain.getAsInt()) : text.get("history.painNone");
    }

}
