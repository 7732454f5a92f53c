package dev.fleetscope.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * Line charts of a quantity over time, as the Utilization and Recommendations views draw a
 * container's history.
 */
public final class TimeCharts {
  private TimeCharts() {}

  /**
   * Epoch seconds along x, labelled with {@code pattern} in the user's zone, the caller setting the
   * range; the quantity up y from zero. No symbols, no animation.
   */
  public static LineChart<Number, Number> lineChart(String yTitle, String pattern) {
    DateTimeFormatter labels =
        DateTimeFormatter.ofPattern(pattern).withZone(ZoneId.systemDefault());
    NumberAxis x = new NumberAxis();
    x.setAutoRanging(false);
    x.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number epochSecond) {
            return labels.format(Instant.ofEpochSecond(epochSecond.longValue()));
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
          }
        });
    NumberAxis y = new NumberAxis();
    y.setLabel(yTitle);
    y.setForceZeroInRange(true);
    LineChart<Number, Number> chart = new LineChart<>(x, y);
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    return chart;
  }
}
