package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.opencost.OpenCostAllocations;
import dev.fleetscope.cost.source.CostSource;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Breakdowns from a configured OpenCost. Each answer, or failure, is kept for {@link #FRESH}, so
 * snapshots every two seconds do not become calls every two seconds (nor retries against an
 * OpenCost that is down). When OpenCost cannot answer, the node-price breakdown is shown, saying
 * why. Confined to the allocation worker.
 */
public final class OpenCostBreakdowns {
  static final Duration FRESH = Duration.ofMinutes(5);

  /** What OpenCost said for one dimension: a breakdown, or why there is none. */
  private record Answer(
      CostSource.OpenCost endpoint, Instant at, Optional<Breakdown> breakdown, String failure) {}

  private final Map<CostDimension, Answer> answers = new EnumMap<>(CostDimension.class);
  private OpenCostAllocations client;

  public Breakdown of(CostDimension dimension, CostSource.OpenCost endpoint, Breakdown fromNodes) {
    Answer answer = answers.get(dimension);
    if (answer == null
        || !answer.endpoint().equals(endpoint)
        || Duration.between(answer.at(), Instant.now()).compareTo(FRESH) >= 0) {
      answer = ask(dimension, endpoint);
      answers.put(dimension, answer);
    }
    String failure = answer.failure();
    return answer
        .breakdown()
        .orElseGet(
            () ->
                fromNodes.withNote(
                    "OpenCost "
                        + endpoint.displayName()
                        + " failed ("
                        + failure
                        + "); showing node prices allocated by request instead."));
  }

  private Answer ask(CostDimension dimension, CostSource.OpenCost endpoint) {
    try {
      if (client == null) {
        client = new OpenCostAllocations();
      }
      Breakdown breakdown =
          OpenCostBreakdown.of(
              client.monthToDate(endpoint, OpenCostBreakdown.aggregate(dimension)),
              dimension,
              endpoint.displayName());
      return new Answer(endpoint, Instant.now(), Optional.of(breakdown), "");
    } catch (
        Exception e) { // OkHttp, being Kotlin, throws InterruptedException undeclared when the view
      // closes
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return new Answer(endpoint, Instant.now(), Optional.empty(), String.valueOf(e.getMessage()));
    }
  }
}
