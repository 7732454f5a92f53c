package dev.fleetscope.simulator.inference;

import java.util.List;

/**
 * How a demo model's inputs and outputs change over the demo's fourteen days. A drifting model
 * starts to drift on a day of its own and reaches its full shift a few days later, so the Drift
 * view shows it coming.
 */
public enum DriftScenario {
  STABLE("stable inputs", List.of()),
  /**
   * Bigger baskets, more items, more phones, and scores that follow: more than half the columns
   * drift.
   */
  SEASONAL_SHIFT(
      "holiday season: bigger baskets from phones",
      List.of("basket_value_eur", "items_in_basket", "device", "score", "prediction")),
  /** A new country appears and grows; its requests are slower, served from afar. */
  NEW_MARKET(
      "a new market opens: BR traffic, served from afar", List.of("country", "request_latency_ms")),
  /** An upstream feature breaks and the model's scores skew high, with the same inputs. */
  SCORE_SKEW("scores skew high after an upstream feature change", List.of("score", "prediction"));

  private final String story;
  private final List<String> driftingColumns;

  DriftScenario(String story, List<String> driftingColumns) {
    this.story = story;
    this.driftingColumns = driftingColumns;
  }

  /** What happens to the model's traffic, in a few words. */
  public String story() {
    return story;
  }

  /** The columns whose distribution changes once the drift is complete. */
  public List<String> driftingColumns() {
    return driftingColumns;
  }
}
