package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.serving.ServingSnapshot;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What model servers delivered over windows of time: one reading per window, and a short series of
 * consecutive windows for sparklines and trends.
 */
public interface ServingWindows {
  /**
   * Every model served in {@code (end - window, end]}.
   *
   * @param window whole minutes
   * @throws IOException when the source could not be read (a Prometheus that failed; the message
   *     names the server and the query)
   */
  ServingSnapshot snapshot(Instant end, Duration window) throws IOException;

  /**
   * {@code points} consecutive windows of {@code step} each, the last ending at {@code end}: one
   * reading per window, oldest first.
   */
  default ServingSeries series(Instant end, Duration step, int points) throws IOException {
    if (points < 1) {
      throw new IllegalArgumentException("a series has at least one point, was " + points);
    }
    List<ServingSnapshot> read = new ArrayList<>(points);
    for (int i = points - 1; i >= 0; i--) {
      read.add(snapshot(end.minus(step.multipliedBy(i)), step));
    }
    return new ServingSeries(end, step, read);
  }
}
