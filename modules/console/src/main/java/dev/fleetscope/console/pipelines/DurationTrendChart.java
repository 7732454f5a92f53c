package dev.fleetscope.console.pipelines;

import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.live.PipelineAlert.DurationText;
import dev.fleetscope.runtime.pipelines.DurationTrend;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * One pipeline's last runs: how long each took (minutes) against its usual duration, failures
 * marked.
 */
final class DurationTrendChart extends LineChart<Number, Number> {
  private static final DateTimeFormatter DAYS =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter HOURS =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());
  private static final long HOUR = 3600;
  private static final long DAY = 24 * HOUR;

  private DateTimeFormatter axisFormat = DAYS;

  DurationTrendChart() {
    super(new NumberAxis(), new NumberAxis());
    setId("duration-trend");
    setAnimated(false);
    setLegendSide(Side.RIGHT);
    setMinHeight(170);
    NumberAxis x = (NumberAxis) getXAxis();
    x.setAutoRanging(false);
    x.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number epochSecond) {
            return axisFormat.format(Instant.ofEpochSecond(epochSecond.longValue()));
          }

          @Override
          public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
          }
        });
    NumberAxis y = (NumberAxis) getYAxis();
    y.setLabel("duration (min)");
    y.setForceZeroInRange(true);
  }

  void show(Optional<DurationTrend> trend) {
    if (trend.isEmpty()) {
      getData().clear();
      setTitle("Select a pipeline to see how long its runs take");
      return;
    }
    DurationTrend t = trend.get();
    setTitle(
        t.pipeline().pipeline()
            + ": its last "
            + t.points().size()
            + " finished runs"
            + t.usual().map(u -> ", usually up to " + DurationText.of(u)).orElse(""));
    XYChart.Series<Number, Number> took = new XYChart.Series<>();
    took.setName("succeeded");
    XYChart.Series<Number, Number> usual = new XYChart.Series<>();
    usual.setName("usual (p95)");
    XYChart.Series<Number, Number> failed = new XYChart.Series<>();
    failed.setName("failed");
    for (DurationTrend.Point p : t.points()) {
      var point =
          new XYChart.Data<Number, Number>(p.start().getEpochSecond(), p.took().toSeconds() / 60.0);
      (p.state() == RunState.FAILED ? failed : took).getData().add(point);
    }
    if (!t.points().isEmpty() && t.usual().isPresent()) {
      double minutes = t.usual().get().toSeconds() / 60.0;
      usual
          .getData()
          .add(new XYChart.Data<>(t.points().getFirst().start().getEpochSecond(), minutes));
      usual
          .getData()
          .add(new XYChart.Data<>(t.points().getLast().start().getEpochSecond(), minutes));
    }
    getData().setAll(List.of(took, usual, failed));
    if (!t.points().isEmpty()) {
      scaleTime(
          t.points().getFirst().start().getEpochSecond(),
          t.points().getLast().start().getEpochSecond());
    }
    failed.getNode().getStyleClass().add("points-only");
  }

  /**
   * About six ticks on whole hours or days, labelled with the time where days alone would repeat.
   */
  private void scaleTime(long first, long last) {
    long span = Math.max(last - first, HOUR);
    long tick =
        span > 4 * DAY
            ? Math.max(1, Math.round(span / 6.0 / DAY)) * DAY
            : Math.max(1, Math.round(span / 6.0 / HOUR)) * HOUR;
    axisFormat = tick % DAY == 0 ? DAYS : HOURS;
    NumberAxis x = (NumberAxis) getXAxis();
    long pad = span / 40;
    x.setLowerBound(first - pad);
    x.setUpperBound(last + pad);
    x.setTickUnit(tick);
  }
}
