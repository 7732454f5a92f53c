package dev.fleetscope.console.drift;

import dev.fleetscope.model.Units;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * A column's reference and current distributions side by side: the share of each window's rows per
 * bin or category. Numeric bins carry their lower edge under the bar (upright, so that fifteen of
 * them fit) and their whole range in a tooltip.
 */
final class DistributionChart extends BarChart<String, Number> {
  private final CategoryAxis bins;

  DistributionChart() {
    super(new CategoryAxis(), new NumberAxis());
    bins = (CategoryAxis) getXAxis();
    bins.setAnimated(false);
    NumberAxis share = (NumberAxis) getYAxis();
    share.setLabel("share of rows (%)");
    share.setForceZeroInRange(true);
    setId("drift-distribution");
    getStyleClass().add("drift-distribution");
    setAnimated(false);
    setLegendSide(Side.TOP);
    setBarGap(1);
    setCategoryGap(6);
    setMinHeight(200);
  }

  /** Draws one column's bars, or clears the chart when there are none (a column without values). */
  void show(String column, Optional<Bars> bars, String referenceName, String currentName) {
    getData().clear();
    if (bars.isEmpty()) {
      bins.getCategories().clear();
      bins.setLabel(null);
      setTitle(
          column.isEmpty()
              ? "Select a column to compare its distributions"
              : column + ": nothing to draw");
      return;
    }
    Bars b = bars.get();
    setTitle(column + (b.binned() ? ": share of rows per bin" : ": share of rows per value"));
    bins.setLabel(b.binned() ? "bins from" : null);
    bins.setTickLabelRotation(b.binned() ? -90 : 0);
    bins.setCategories(FXCollections.observableArrayList(b.labels()));
    XYChart.Series<String, Number> reference = series(referenceName, b.labels(), b.reference());
    XYChart.Series<String, Number> current = series(currentName, b.labels(), b.current());
    getData().setAll(List.of(reference, current));
    for (int i = 0; i < b.size(); i++) {
      String text =
          b.ranges().get(i)
              + ": reference "
              + Units.percent(b.reference()[i])
              + ", current "
              + Units.percent(b.current()[i]);
      Tooltip.install(reference.getData().get(i).getNode(), new Tooltip(text));
      Tooltip.install(current.getData().get(i).getNode(), new Tooltip(text));
    }
  }

  private static XYChart.Series<String, Number> series(
      String name, List<String> labels, double[] shares) {
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    series.setName(name);
    for (int i = 0; i < labels.size(); i++) {
      series.getData().add(new XYChart.Data<>(labels.get(i), 100 * shares[i]));
    }
    return series;
  }
}
