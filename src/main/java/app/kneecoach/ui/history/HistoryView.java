package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Appearance;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.FilePicker;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.Presence;
import app.kneecoach.ui.common.SafetyCard;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.userdata.PainTrend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The History section (HistoryView.fxml) bound to its {@link HistoryViewModel} and {@link RecordsViewModel}.
 * Built in code, from the view models' plain data: the day cards (one a day listed), the chart series
 * (XYChart data from the points) and the pain warning's card. The file dialogs and the restore question
 * are asked here, as they need the window.
 */
public final class HistoryView {
    private final HistoryViewModel model;
    private final RecordsViewModel records;
    private final Catalog catalog;
    private final FilePicker files;

    @FXML
    private VBox page;
    @FXML
    private Label reading;
    @FXML
    private Label problem;
    @FXML
    private Button retry;
    @FXML
    private VBox figures;
    @FXML
    private VBox warning;
    @FXML
    private Label week;
    @FXML
    private Label unsaved;
    @FXML
    private VBox empty;
    @FXML
    private VBox charts;
    @FXML
    private Label daysHeading;
    @FXML
    private VBox days;
    @FXML
    private Button earlier;
    @FXML
    private FlowPane exports;
    @FXML
    private Label csvResult;
    @FXML
    private Label jsonResult;
    @FXML
    private Label result;
    @FXML
    private LineChart<Number, Number> painChart;
    @FXML
    private NumberAxis painDays;
    @FXML
    private BarChart<String, Number> weekChart;
    @FXML
    private NumberAxis sessionsAxis;

    /** @param onRestored told, with the message for the user, once a backup has replaced the records */
    public HistoryView(Catalog catalog, AppServices services, Consumer<String> onRestored) {
        this.catalog = catalog;
        this.files = services.files();
        this.model = new HistoryViewModel(services);
        this.records = new RecordsViewModel(services, onRestored);
    }

    @FXML
    private void initialize() {
        painDays.setTickLabelFormatter(model.dayLabels());
        problem.textProperty().bind(model.problem());
        week.textProperty().bind(model.week());
        unsaved.textProperty().bind(model.unsaved());
        csvResult.textProperty().bind(records.csvResult());
        jsonResult.textProperty().bind(records.jsonResult());
        result.textProperty().bind(records.result());
        sessionsAxis.upperBoundProperty().bind(model.weekAxisTop());
        Presence.bind(reading, model.reading());
        Presence.bind(problem, model.failed());
        Presence.bind(retry, model.failed());
        Presence.bind(figures, model.shown());
        Presence.bind(warning, model.warningShown());
        Presence.bind(unsaved, model.unsavedShown());
        Presence.bind(empty, model.empty());
        Presence.bind(charts, model.hasSessions());
        Presence.bind(daysHeading, model.hasSessions());
        Presence.bind(days, model.hasSessions());
        Presence.bind(earlier, model.moreDays());
        Presence.bind(exports, model.hasSessions());
        model.warning().addListener((obs, old, now) -> showWarning(now));
        showWarning(model.warning().get());
        model.days().addListener((ListChangeListener<HistoryViewModel.DayRow>) change -> showDays());
        showDays();
        model.pain().addListener((ListChangeListener<PainTimeline.TimeSeries>) change -> showCharts());
        showCharts();
        records.look().addListener((obs, old, now) -> Appearance.apply(page.getScene().getRoot(), now));
    }

    @FXML
    private void retry() {
        model.retry();
    }

    @FXML
    private void showEarlierDays() {
        model.showEarlierDays();
    }

    @FXML
    private void exportCsv() {
        saveAs(records.csvFile()).ifPresent(records::exportCsv);
    }

    @FXML
    private void exportJson() {
        saveAs(records.jsonFile()).ifPresent(records::exportJson);
    }

    @FXML
    private void backUp() {
        saveAs(records.backupFile()).ifPresent(records::backUp);
    }

    @FXML
    private void restore() {
        files.open(window(), records.restoreTitle())
                .ifPresent(file -> records.restore(file, question -> Dialogs.confirmRisky(page.getScene(), question)));
    }

    private Optional<Path> saveAs(RecordsViewModel.FileQuestion question) {
        return files.saveAs(window(), question.title(), question.suggestedName());
    }

    private Window window() {
        return page.getScene().getWindow();
    }

    private void showWarning(Optional<PainTrend.Warning> now) {
        warning.getChildren().setAll(now.map(w -> SafetyCard.card(Messages.DEFAULT, w, catalog)).stream().toList());
    }

    private void showDays() {
        days.getChildren().setAll(model.days().stream().map(HistoryView::dayCard).toList());
    }

    /**
     * Charts cost more to lay out than the rest of the page together; they follow one frame later, so the
     * week, the days and the records' actions are on screen at once. (The view model gives the weeks
     * before the pain series, whose change calls this.)
     */
    private void showCharts() {
        charts.getChildren().clear();
        Platform.runLater(() -> {
            PainTimeline.DayAxis days = model.painAxis().get();
            painDays.setLowerBound(days.lower());
            painDays.setUpperBound(days.upper());
            painDays.setTickUnit(days.tick());
            painChart.getData().setAll(model.pain().stream().map(HistoryView::timeSeries).toList());
            weekChart.getData().setAll(List.of(series(model.weeks().get())));
            charts.getChildren().setAll(painChart, weekChart);
        });
    }

    private static XYChart.Series<Number, Number> timeSeries(PainTimeline.TimeSeries series) {
        return chartSeries(series.name(), series.points().stream()
                .map(p -> new XYChart.Data<Number, Number>(p.day(), p.value())).toList());
    }

    private static XYChart.Series<String, Number> series(HistoryViewModel.Series series) {
        return chartSeries(series.name(), series.points().stream()
                .map(p -> new XYChart.Data<String, Number>(p.label(), p.value())).toList());
    }

    private static <X> XYChart.Series<X, Number> chartSeries(String name, List<XYChart.Data<X, Number>> points) {
        XYChart.Series<X, Number> chartSeries = new XYChart.Series<>();
        chartSeries.setName(name);
        chartSeries.getData().setAll(points);
        return chartSeries;
    }

    private static Node dayCard(HistoryViewModel.DayRow day) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(day.title(), "h3"));
        for (HistoryViewModel.SessionRow session : day.sessions()) {
            content.add(Blocks.text(session.line(), "history-session"));
            content.addAll(Blocks.bullets(session.exercises()));
        }
        Node card = Blocks.card("history-day", content);
        card.setId("day-" + day.date());
        return card;
    }
}
