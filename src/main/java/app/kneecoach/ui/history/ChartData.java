package app.kneecoach.ui.history;

import java.util.List;
import javafx.scene.chart.XYChart;

/** History's chart series, built in code from the view model's points. */
final class ChartData {
    private ChartData() {
    }

    static XYChart.Series<Number, Number> timeSeries(PainTimeline.TimeSeries series) {
        return chartSeries(series.name(), series.points().stream()
                .map(p -> new XYChart.Data<Number, Number>(p.day(), p.value())).toList());
    }

    static XYChart.Series<String, Number> series(HistoryCharts.Series series) {
        return chartSeries(series.name(), series.points().stream()
                .map(p -> new XYChart.Data<String, Number>(p.label(), p.value())).toList());
    }

    private static <X> XYChart.Series<X, Number> chartSeries(String name, List<XYChart.Data<X, Number>> points) {
        XYChart.Series<X, Number> chartSeries = new XYChart.Series<>();
        chartSeries.setName(name);
        chartSeries.getData().setAll(points);
        return chartSeries;
    }
}
