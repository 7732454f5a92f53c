package dev.fleetscope.console.recommendations;

import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import dev.fleetscope.runtime.serving.LatencyUnderLoad;
import dev.fleetscope.runtime.serving.LatencyUnderLoad.Window;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Side;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Beside a serving container's replay: a sentence on how its model's latency behaved in the hours
 * its CPU ran nearest the recommended request (red when it rose there), and those hours plotted,
 * latency against CPU as a share of that request. Hidden for containers that serve no model.
 */
final class LatencyBeside {
  private final Label text = new Label();
  private final ScatterChart<Number, Number> chart;

  LatencyBeside() {
    text.setId("recommendations-latency");
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    text.managedProperty().bind(text.visibleProperty());
    NumberAxis x = new NumberAxis();
    x.setLabel("CPU per replica, % of the recommended request");
    NumberAxis y = new NumberAxis();
    y.setForceZeroInRange(true);
    chart = new ScatterChart<>(x, y);
    chart.setId("recommendations-latency-chart");
    chart.getStyleClass().add("latency-chart");
    chart.setAnimated(false);
    chart.setLegendSide(Side.BOTTOM);
    chart.setMinHeight(160);
    chart.setMinWidth(0);
    chart.managedProperty().bind(chart.visibleProperty());
    show(Optional.empty(), null);
  }

  Label text() {
    return text;
  }

  ScatterChart<Number, Number> chart() {
    return chart;
  }

  /** Shows {@code note} when it is of {@code row}; hides both for anything else. */
  void show(Optional<LatencyNote> note, RecommendationRow row) {
    Optional<LatencyNote> mine = note.filter(n -> row != null && n.rowId().equals(row.id()));
    text.setVisible(mine.isPresent());
    chart.setVisible(mine.flatMap(LatencyNote::check).isPresent());
    text.getStyleClass().remove("under");
    if (mine.isEmpty()) {
      text.setText("");
      chart.getData().clear();
      return;
    }
    Optional<LatencyUnderLoad> check = mine.get().check();
    if (check.isEmpty()) {
      text.setText(mine.get().problem());
      chart.getData().clear();
      return;
    }
    LatencyUnderLoad c = check.get();
    text.setText("Latency under load, last 24 hours: " + c.describe("recommended request"));
    if (c.warning()) {
      text.getStyleClass().add("under");
    }
    chart.getYAxis().setLabel("seconds");
    chart.setTitle(c.figure() + ", hour by hour");
    List<Window> busy = c.busy();
    chart
        .getData()
        .setAll(
            List.of(
                points("busiest hours", busy),
                points(
                    "other hours", c.windows().stream().filter(w -> !busy.contains(w)).toList())));
  }

  private static XYChart.Series<Number, Number> points(String name, List<Window> windows) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    for (Window w : windows) {
      series.getData().add(new XYChart.Data<>(w.cpuShare() * 100, w.latencySeconds()));
    }
    return series;
  }
}
