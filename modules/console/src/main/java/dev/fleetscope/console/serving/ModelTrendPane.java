package dev.fleetscope.console.serving;

import dev.fleetscope.console.TimeCharts;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.serving.LatencyUnderLoad;
import dev.fleetscope.runtime.serving.ModelTrend;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The selected model over the window's shorter windows: its latency percentiles beside its load
 * (requests per second), its replicas and its server container's CPU per replica against the
 * request, so a rise of latency with load reads apart from one with CPU starvation; the verdict
 * above says which, in words.
 */
final class ModelTrendPane extends VBox {
  private static final String HINT =
      "Select a model to see its latency against its load, replicas and CPU over the window.";

  private final Label title = new Label(HINT);
  private final Label verdict = new Label();
  private final LineChart<Number, Number> latency = chart("Latency", "seconds");
  private final LineChart<Number, Number> load = chart("Load", "requests/s");
  private final LineChart<Number, Number> replicas = chart("Replicas", "pods");
  private final LineChart<Number, Number> cpu = chart("CPU per replica", "cores");
  private final GridPane charts = new GridPane(8, 4);

  ModelTrendPane() {
    super(4);
    setId("serving-trend");
    title.setId("serving-trend-title");
    title.getStyleClass().add("muted");
    verdict.setId("serving-verdict");
    verdict.setWrapText(true);
    verdict.setMinHeight(Region.USE_PREF_SIZE);
    for (int i = 0; i < 2; i++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(50);
      charts.getColumnConstraints().add(column);
      RowConstraints row = new RowConstraints();
      row.setPercentHeight(50);
      charts.getRowConstraints().add(row);
    }
    charts.add(latency, 0, 0);
    charts.add(load, 1, 0);
    charts.add(replicas, 0, 1);
    charts.add(cpu, 1, 1);
    VBox.setVgrow(charts, Priority.ALWAYS);
    getChildren().addAll(title, verdict, charts);
    show(Optional.empty(), "");
  }

  /**
   * @param what the model as the table names it, and the windows
   */
  void show(Optional<ModelTrend> trend, String what) {
    charts.setVisible(trend.isPresent());
    if (trend.isEmpty()) {
      title.setText(HINT);
      verdict.setText("");
      List.of(latency, load, replicas, cpu).forEach(c -> c.getData().clear());
      return;
    }
    ModelTrend t = trend.get();
    title.setText(what);
    long[] x = t.ends();
    if (t.hasPercentiles()) {
      latency
          .getData()
          .setAll(
              List.of(line("p50", x, t.p50()), line("p95", x, t.p95()), line("p99", x, t.p99())));
    } else {
      latency.getData().setAll(List.of(line("mean (no percentiles exported)", x, t.meanLatency())));
    }
    load.getData().setAll(List.of(line("requests/s", x, t.requestsPerSecond())));
    replicas.getData().setAll(List.of(line("replicas", x, t.replicas())));
    String container = t.container().orElse("server");
    cpu.getData()
        .setAll(
            List.of(
                line(container + " used, mean per replica", x, t.cpuPerReplica()),
                line(
                    container + " request " + Units.cores(t.cpuRequest()),
                    x,
                    level(x.length, t.cpuRequest()))));
    List.of(latency, load, replicas, cpu).forEach(c -> range(c, x));
    Optional<LatencyUnderLoad> underLoad = t.underLoad();
    verdict.setText(
        underLoad
            .map(u -> u.describe("request"))
            .orElse(
                t.container().isEmpty()
                    ? "Its workload is not among the fleet's: no CPU or replicas to compare with."
                    : "No CPU history for "
                        + container
                        + " yet: latency cannot be set against it."));
    verdict.getStyleClass().removeAll("under", "muted");
    verdict
        .getStyleClass()
        .add(underLoad.map(LatencyUnderLoad::warning).orElse(false) ? "under" : "muted");
  }

  private static double[] level(int n, double value) {
    double[] values = new double[n];
    java.util.Arrays.fill(values, value);
    return values;
  }

  private static void range(LineChart<Number, Number> chart, long[] x) {
    if (x.length > 1) {
      NumberAxis axis = (NumberAxis) chart.getXAxis();
      axis.setLowerBound(x[0]);
      axis.setUpperBound(x[x.length - 1]);
      axis.setTickUnit((x[x.length - 1] - x[0]) / 4.0);
    }
  }

  private static XYChart.Series<Number, Number> line(String name, long[] x, double[] y) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(y[i])) {
        series.getData().add(new XYChart.Data<>(x[i], y[i]));
      }
    }
    return series;
  }

  private static LineChart<Number, Number> chart(String title, String unit) {
    LineChart<Number, Number> chart = TimeCharts.lineChart(unit, "HH:mm");
    chart.setTitle(title);
    chart.getStyleClass().add("serving-chart");
    chart.setLegendSide(Side.RIGHT);
    chart.setMinHeight(120);
    return chart;
  }
}
