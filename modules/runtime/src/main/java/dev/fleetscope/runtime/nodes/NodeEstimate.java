package dev.fleetscope.runtime.nodes;

import dev.fleetscope.model.Progress;
import java.time.Duration;

/** The fleet's node rightsizing, as far as it is known yet. */
public sealed interface NodeEstimate {
  /** Nothing to compute from yet, and why (no usage history recorded yet...). */
  record Waiting(String why) implements NodeEstimate {}

  /** Recommending requests, then packing cluster by cluster. */
  record Computing(Progress progress) implements NodeEstimate {}

  /**
   * @param took how long the recommendations and the packing took together
   */
  record Ready(FleetNodeReport report, Duration took) implements NodeEstimate {}

  record Failed(String message) implements NodeEstimate {}
}
