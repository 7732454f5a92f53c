package dev.fleetscope.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation times of a range query: {@code first}, {@code first + step}, ..., {@code points}
 * of them. Fleetscope aligns them to multiples of the step, so that range queries, instant queries
 * and server-side subqueries (which Prometheus aligns to the step too) all evaluate at the same
 * instants.
 */
public record StepGrid(Instant first, Duration step, int points) {
  public StepGrid {
    if (step.toMillis() < 1000 || step.toMillis() % 1000 != 0) {
      throw new IllegalArgumentException(
          "a step is a whole number of seconds, at least one, was " + step);
    }
    if (points < 1) {
      throw new IllegalArgumentException("a range needs at least one point, was " + points);
    }
  }

  /**
   * The grid of the steps that fit in {@code window} and end at the last step boundary at or before
   * {@code end}.
   */
  public static StepGrid ending(Instant end, Duration window, Duration step) {
    long stepMillis = step.toMillis();
    long last = Math.floorDiv(end.toEpochMilli(), stepMillis) * stepMillis;
    int points = Math.toIntExact(Math.max(1, window.toMillis() / stepMillis));
    return new StepGrid(Instant.ofEpochMilli(last - (points - 1) * stepMillis), step, points);
  }

  public Instant last() {
    return first.plus(step.multipliedBy(points - 1L));
  }

  /** The point index of an evaluation time, or -1 when it is not on this grid. */
  public int indexOf(long timeMillis) {
    long offset = timeMillis - first.toEpochMilli();
    long stepMillis = step.toMillis();
    if (offset < 0 || offset % stepMillis != 0 || offset / stepMillis >= points) {
      return -1;
    }
    return (int) (offset / stepMillis);
  }

  /** The same points in consecutive grids of at most {@code maxPoints} each. */
  public List<StepGrid> chunks(int maxPoints) {
    List<StepGrid> chunks = new ArrayList<>();
    for (int from = 0; from < points; from += maxPoints) {
      chunks.add(
          new StepGrid(
              first.plus(step.multipliedBy(from)), step, Math.min(maxPoints, points - from)));
    }
    return chunks;
  }

  /** The range covered by the samples: each point stands for the step that ends at it. */
  public Duration span() {
    return step.multipliedBy(points);
  }
}
