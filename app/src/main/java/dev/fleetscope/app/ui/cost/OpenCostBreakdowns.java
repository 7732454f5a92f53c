package dev.fleetscope.app.ui.cost;

import dev.fleetscope.app.cost.OpenCostAllocations;
import dev.fleetscope.cost.source.CostSource;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Breakdowns from a configured OpenCost, each kept for {@link #FRESH} so snapshots every two seconds do not
 * become calls every two seconds. When OpenCost cannot answer, the node-price breakdown is shown, saying why.
 * Confined to the allocation worker.
 */
final class OpenCostBreakdowns {
  static final Duration FRESH = Duration.ofMinutes(5);

  private record Answer(CostSource.OpenCost endpoint, Instant at, Breakdown breakdown) {}

  private final Map<CostDimension, Answer> answers = new EnumMap<>(CostDimension.class);
  private OpenCostAllocations client;

  Breakdown of(CostDimension dimension, CostSource.OpenCost endpoint, Breakdown fromNodes) {
    Answer cached = answers.get(dimension);
    if (cached != null && cached.endpoint().equals(endpoint) && Duration.between(cached.at(), Instant.now()).compareTo(FRESH) < 0) {
      return cached.breakdown();
    }
    try {
      if (client == null) {
        client = new OpenCostAllocations();
      }
      Breakdown answer = OpenCostBreakdown.of(client.monthToDate(endpoint, OpenCostBreakdown.aggregate(dimension)), dimension,
          endpoint.displayName());
      answers.put(dimension, new Answer(endpoint, Instant.now(), answer));
      return answer;
    } catch (IOException | RuntimeException e) {
      return fromNodes.withNote("OpenCost " + endpoint.displayName() + " failed (" + e.getMessage()
          + "); showing node prices allocated by request instead.");
    }
  }
}
