package dev.fleetscope.simulator.inference;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rows a model server logged in the window [start, end): when each request came, its features
 * and the model's output, column by column in {@link DemoInferenceLogs#COLUMNS} order.
 */
public record InferenceLog(
    String model, Instant start, Instant end, long[] epochSeconds, List<LogColumn> columns) {
  public InferenceLog {
    columns = List.copyOf(columns);
    for (LogColumn c : columns) {
      if (c.size() != epochSeconds.length) {
        throw new IllegalArgumentException(
            "column "
                + c.name()
                + " has "
                + c.size()
                + " values for "
                + epochSeconds.length
                + " rows");
      }
    }
  }

  public int rows() {
    return epochSeconds.length;
  }

  public Optional<LogColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
