package dev.fleetscope.console.drift;

import dev.fleetscope.model.Units;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The drifted share of columns day by day against the same reference, with the dataset-drift
 * threshold. Days are placed on a time axis fixed to the whole span, so the chart does not rescale
 * while the days are computed.
 */
final class HistoryChart extends LineChart<Number, Number> {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneId.systemDefault());
  private static final long SECONDS_PER_DAY = 86_400;

  private final Tooltip gaps = new Tooltip();

  HistoryChart() {
    super(new NumberAxis(), new NumberAxis(0, 104, 25)); // headroom: the 100 % label is not clipped
    NumberAxis days = (NumberAxis) getXAxis();
    days.setAutoRanging(false);
    days.setAnimated(false);
    days.setMinorTickVisible(false);
    days.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number epochSecond) {
            return DAY.format(
                Instant.ofEpochSecond(epochSecond.longValue() - 1)); // a day ends at its end
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
          }
        });
    NumberAxis share = (NumberAxis) getYAxis();
    share.setLabel("drifted columns (%)");
    share.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number percent) {
            return percent.intValue() % 25 == 0
                ? Integer.toString(percent.intValue())
                : ""; // not the headroom's 104
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
          }
        });
    setId("drift-history");
    getStyleClass().add("drift-history");
    setAnimated(false);
    setLegendSide(Side.TOP);
    setMinHeight(200);
  }

  void show(Optional<DriftHistory> history) {
    if (history.isEmpty()) {
      getData().clear();
      return;
    }
    DriftHistory h = history.get();
    List<DriftHistory.Day> missing =
        h.days().stream().filter(d -> Double.isNaN(d.share())).toList();
    setTitle(
        "Drift by day against the reference"
            + (h.complete() ? "" : " · " + h.days().size() + " of " + h.total())
            + (missing.isEmpty()
                ? ""
                : " · "
                    + missing.size()
                    + (missing.size() == 1 ? " day" : " days")
                    + " without data"));
    gaps.setText(
        missing.stream().map(d -> d.label() + ": " + d.note()).collect(Collectors.joining("\n")));
    if (missing.isEmpty()) {
      Tooltip.uninstall(this, gaps);
    } else {
      Tooltip.install(this, gaps); // why each day without data has none
    }
    NumberAxis days = (NumberAxis) getXAxis();
    long from = h.from().getEpochSecond();
    long to = h.to().getEpochSecond();
    days.setLowerBound(from - SECONDS_PER_DAY / 2.0);
    days.setUpperBound(to + SECONDS_PER_DAY / 2.0);
    days.setTickUnit(
        SECONDS_PER_DAY * Math.max(1, Math.round((to - from) / SECONDS_PER_DAY / 7.0)));
    XYChart.Series<Number, Number> share = new XYChart.Series<>();
    share.setName("drifted share of columns");
    for (DriftHistory.Day day : h.days()) {
      if (!Double.isNaN(day.share())) {
        share.getData().add(new XYChart.Data<>(day.end().getEpochSecond(), 100 * day.share()));
      }
    }
    XYChart.Series<Number, Number> threshold = new XYChart.Series<>();
    threshold.setName("dataset drift at " + Units.percent(h.threshold()));
    threshold.getData().add(new XYChart.Data<>(from, 100 * h.threshold()));
    threshold.getData().add(new XYChart.Data<>(to, 100 * h.threshold()));
    getData().setAll(List.of(share, threshold));
  }
}
