package app.kneecoach.ui.history;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.VBox;

/** The history's charts (HistoryChartsView.fxml) bound to {@link HistoryCharts}: XYChart data from its points. */
final class HistoryChartsView {
    static final String FXML = "HistoryChartsView.fxml";

    private final HistoryCharts model;

    @FXML
    private VBox charts;
    @FXML
    private LineChart<Number, Number> painChart;
    @FXML
    private NumberAxis painDays;
    @FXML
    private BarChart<String, Number> weekChart;
    @FXML
    private NumberAxis sessionsAxis;
    @FXML
    private BarChart<String, Number> aerobicChart;

    HistoryChartsView(HistoryCharts model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        painDays.setTickLabelFormatter(model.dayLabels());
        sessionsAxis.upperBoundProperty().bind(model.weekAxisTop());
    }

    /**
     * Charts cost more to lay out than the rest of the page together; they follow one frame later, so the
     * week, the days and the records' actions are on screen at once. (Called each time a read is shown: the
     * model has every chart's data by then.)
     */
    void show() {
        charts.getChildren().clear();
        Platform.runLater(() -> {
            PainTimeline.DayAxis days = model.painAxis().get();
            painDays.setLowerBound(days.lower());
            painDays.setUpperBound(days.upper());
            painDays.setTickUnit(days.tick());
            painChart.getData().setAll(model.pain().stream().map(ChartData::timeSeries).toList());
            weekChart.getData().setAll(List.of(ChartData.series(model.weeks().get())));
            aerobicChart.getData().setAll(List.of(ChartData.series(model.aerobicWeeks().get())));
            charts.getChildren().clear();
            if (model.painCharted().get()) {
                charts.getChildren().add(painChart);
            }
            if (model.hasSessions().get()) {
                charts.getChildren().add(weekChart);
            }
            if (model.hasAerobic().get()) {
                charts.getChildren().add(aerobicChart);
            }
        });
    }
}
