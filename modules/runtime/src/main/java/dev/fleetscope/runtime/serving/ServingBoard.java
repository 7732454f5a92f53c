package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServingSnapshot;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What the Serving view lists: every model over the window, each with its sparklines over the
 * series' shorter windows, and the fleet's summary.
 *
 * @param window the whole window's reading
 * @param series the same span in shorter windows; {@link ServingSeries#EMPTY} until read
 */
public record ServingBoard(
    ServingSnapshot window, ServingSeries series, List<Line> lines, ServingSummary summary) {

  /**
   * One model and its sparklines, one value per window of the series (NaN where missing).
   *
   * @param latencySeconds p99, or the mean where the server exports no percentiles
   */
  public record Line(
      ModelServing serving,
      double[] requestsPerSecond,
      double[] latencySeconds,
      double[] errorRatio) {
    public String id() {
      return serving.model().id();
    }
  }

  public ServingBoard {
    lines = List.copyOf(lines);
  }

  public static ServingBoard of(ServingSnapshot window, ServingSeries series) {
    List<Line> lines =
        window.models().stream()
            .map(
                m ->
                    new Line(
                        m,
                        series.values(m.model().id(), ModelServing::requestsPerSecond),
                        series.values(m.model().id(), ServingBoard::latency),
                        series.values(m.model().id(), ModelServing::errorRatio)))
            .toList();
    return new ServingBoard(window, series, lines, ServingSummary.of(window));
  }

  /** The p99 latency, or the mean where there are no percentiles (Triton). */
  static OptionalDouble latency(ModelServing m) {
    return m.latency().map(Percentiles::p99).map(OptionalDouble::of).orElse(m.meanLatencySeconds());
  }
}
