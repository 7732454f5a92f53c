package dev.fleetscope.console.recommendations;

import dev.fleetscope.console.SizingBadges;
import dev.fleetscope.console.TimeCharts;
import dev.fleetscope.console.recommendations.ProposalChart.Line;
import dev.fleetscope.console.utilization.Downsample.Points;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.engine.hpa.HpaReplay;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import dev.fleetscope.runtime.rightsizing.SizingTraits;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected container's history, per replica, with its requests and limits now (grey) and as
 * recommended (green): CPU in cores, memory in GiB, each as the mean and the peak of its buckets.
 * The legend carries the values.
 */
final class ProposalChartPane extends VBox {
  private static final double GIB = 1L << 30;
  private static final String HINT =
      "Select a row to see its history against its requests and limits, now and recommended.";

  private final Label title = new Label(HINT);
  private final Label reason = new Label();
  private final HBox badges = new HBox();
  private final Label facts = new Label();
  private final Label hpa = new Label();
  private final LineChart<Number, Number> cpu = chart("CPU (cores)");
  private final LineChart<Number, Number> memory = chart("Memory (GiB)");
  private final LatencyBeside latency = new LatencyBeside();

  ProposalChartPane() {
    super(4);
    setId("recommendations-chart");
    title.getStyleClass().add("muted");
    reason.setWrapText(true);
    reason.setMinHeight(Region.USE_PREF_SIZE);
    reason.setId("recommendations-reason");
    badges.setId("recommendations-badges");
    for (Label l : List.of(facts, hpa)) {
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE);
      l.getStyleClass().add("sizing-facts");
      l.managedProperty().bind(l.visibleProperty());
    }
    facts.setId("recommendations-facts");
    hpa.setId("recommendations-hpa-replay");
    HBox charts = new HBox(8, cpu, memory, latency.chart());
    HBox.setHgrow(cpu, Priority.ALWAYS);
    HBox.setHgrow(memory, Priority.ALWAYS);
    HBox.setHgrow(latency.chart(), Priority.ALWAYS);
    VBox.setVgrow(charts, Priority.ALWAYS);
    getChildren().addAll(title, badges, reason, facts, hpa, latency.text(), charts);
    show(Optional.empty(), null);
  }

  /** The row's latency under load, when it serves a model; nothing shown for other rows. */
  void showLatency(Optional<LatencyNote> note, RecommendationRow row) {
    latency.show(note, row);
  }

  void show(Optional<ProposalChart> chart, RecommendationRow row) {
    cpu.setVisible(chart.isPresent());
    memory.setVisible(chart.isPresent());
    reason.setText(
        row == null
            ? ""
            : row.reason() + (row.gpuAdvice().isEmpty() ? "" : "\n" + row.gpuAdvice() + "."));
    showTraits(row);
    if (chart.isEmpty()) {
      title.setText(HINT);
      cpu.getData().clear();
      memory.getData().clear();
      return;
    }
    ProposalChart c = chart.get();
    title.setText(c.title());
    draw(
        cpu,
        c.cpu(),
        1,
        c.current().cpuRequest(),
        c.current().cpuLimit(),
        c.proposed().cpuRequest(),
        c.proposed().cpuLimit(),
        Units::cores);
    draw(
        memory,
        c.memory(),
        GIB,
        c.current().memoryRequest(),
        limit(c.current()),
        c.proposed().memoryRequest(),
        limit(c.proposed()),
        Units::bytes);
  }

  /**
   * What governs the row's sizing, a sentence per badge, and beside the replay the replicas its HPA
   * would have run.
   */
  private void showTraits(RecommendationRow row) {
    SizingTraits traits = row == null ? SizingTraits.NONE : row.traits();
    badges.getChildren().setAll(SizingBadges.of(traits));
    facts.setText(SizingBadges.details(traits));
    facts.setVisible(!traits.badges().isEmpty());
    Optional<HpaReplay> replay = row == null ? Optional.empty() : row.hpa();
    hpa.setText(replay.map(h -> "HPA replay: " + h.describe() + ".").orElse(""));
    hpa.setVisible(replay.isPresent());
    hpa.getStyleClass().remove("over");
    if (replay.filter(HpaReplay::scalesOut).isPresent()) {
      hpa.getStyleClass().add("over");
    }
  }

  private static double limit(Sizing sizing) {
    return sizing.limits().memoryBounded() ? sizing.memoryLimit() : Double.POSITIVE_INFINITY;
  }

  /** Six series in a fixed order, so that the stylesheet's colours always mean the same thing. */
  private static void draw(
      LineChart<Number, Number> chart,
      Line line,
      double divisor,
      double request,
      double limit,
      double proposedRequest,
      double proposedLimit,
      DoubleFunction<String> unit) {
    long[] t = line.mean().epochSeconds();
    chart
        .getData()
        .setAll(
            List.of(
                used("used, mean", line.mean(), divisor),
                used("used, peak", line.peak(), divisor),
                level("request now " + unit.apply(request), t, request / divisor),
                level("limit now " + unit.apply(limit), t, limit / divisor),
                level(
                    "recommended request " + unit.apply(proposedRequest),
                    t,
                    proposedRequest / divisor),
                level(
                    "recommended limit " + unit.apply(proposedLimit), t, proposedLimit / divisor)));
    if (t.length > 1) {
      NumberAxis x = (NumberAxis) chart.getXAxis();
      x.setLowerBound(t[0]);
      x.setUpperBound(t[t.length - 1]);
      x.setTickUnit(Math.max(86_400, (t[t.length - 1] - t[0]) / 7 / 86_400 * 86_400));
    }
  }

  private static XYChart.Series<Number, Number> used(String name, Points points, double divisor) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    for (int i = 0; i < points.epochSeconds().length; i++) {
      double v = points.values()[i];
      if (!Double.isNaN(v)) {
        series.getData().add(new XYChart.Data<>(points.epochSeconds()[i], v / divisor));
      }
    }
    return series;
  }

  /** A horizontal line across the chart; none for an unset limit. */
  private static XYChart.Series<Number, Number> level(String name, long[] t, double value) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    if (t.length > 0 && Double.isFinite(value)) {
      series.getData().add(new XYChart.Data<>(t[0], value));
      series.getData().add(new XYChart.Data<>(t[t.length - 1], value));
    }
    return series;
  }

  private static LineChart<Number, Number> chart(String title) {
    LineChart<Number, Number> chart = TimeCharts.lineChart(title, "MM-dd");
    chart.getStyleClass().add("proposal-chart");
    chart.setLegendSide(Side.BOTTOM);
    chart.setMinHeight(160);
    return chart;
  }
}
