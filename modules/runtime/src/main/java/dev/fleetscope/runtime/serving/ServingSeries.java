package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServingSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Consecutive windows of one length, oldest first, the last ending at {@code end}: what a sparkline
 * or a trend of a model's figures is drawn from.
 *
 * @param step each window's length
 * @param points one reading per window
 */
public record ServingSeries(Instant end, Duration step, List<ServingSnapshot> points) {
  public static final ServingSeries EMPTY =
      new ServingSeries(Instant.EPOCH, Duration.ofMinutes(1), List.of());

  public ServingSeries {
    points = List.copyOf(points);
  }

  /**
   * The instant at or before {@code now} that is a whole number of {@code step}s since the epoch:
   * windows ending there are the same from one refresh to the next, so their readings can be kept.
   */
  public static Instant alignedEnd(Instant now, Duration step) {
    long seconds = step.toSeconds();
    if (seconds < 60 || seconds % 60 != 0) {
      throw new IllegalArgumentException("a serving step is whole minutes, was " + step);
    }
    return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
  }

  public Instant start() {
    return end.minus(step.multipliedBy(points.size()));
  }

  /** Where each window ends, in epoch seconds. */
  public long[] ends() {
    long[] ends = new long[points.size()];
    for (int i = 0; i < ends.length; i++) {
      ends[i] = points.get(i).end().getEpochSecond();
    }
    return ends;
  }

  /**
   * One figure of one model in each window: NaN where the model did not serve or the figure is
   * missing, never zero for nothing.
   */
  public double[] values(String modelId, Function<ModelServing, OptionalDouble> figure) {
    double[] values = new double[points.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          points
              .get(i)
              .model(modelId)
              .map(figure)
              .orElse(OptionalDouble.empty())
              .orElse(Double.NaN);
    }
    return values;
  }
}
