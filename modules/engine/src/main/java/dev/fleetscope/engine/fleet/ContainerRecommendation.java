package dev.fleetscope.engine.fleet;

import dev.fleetscope.engine.Recommendation;
import dev.fleetscope.model.ContainerRef;

/**
 * One row of the Recommendations view: a workload container and what the engine recommends for it.
 */
public record ContainerRecommendation(
    ContainerRef ref, int replicas, Recommendation recommendation) {
  public double savingsPerMonth() {
    return recommendation.replay().savings().perMonth();
  }
}
