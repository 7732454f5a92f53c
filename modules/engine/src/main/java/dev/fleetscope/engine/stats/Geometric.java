package dev.fleetscope.engine.stats;

/**
 * A factor per sample that changes by the same ratio from one step to the next ({@code first *
 * ratio^i}): how recency weights and trend projections are applied with one multiplication per
 * sample instead of an exp.
 */
public record Geometric(double first, double ratio) {
  public static final Geometric ONE = new Geometric(1, 1);

  /**
   * The factor {@code 2^(-age / halfLife)} for samples {@code step} apart whose last one is {@code
   * lastAge} old.
   *
   * @param count how many samples there are
   */
  public static Geometric halving(int count, double step, double halfLife, double lastAge) {
    double oldestAge = lastAge + (count - 1) * step;
    return new Geometric(Math.pow(2, -oldestAge / halfLife), Math.pow(2, step / halfLife));
  }

  /**
   * The factor {@code exp(rate * (until - t))} for samples {@code step} apart, the first at {@code
   * until - span}.
   */
  public static Geometric growth(double ratePerSecond, double firstDistance, double step) {
    return new Geometric(Math.exp(ratePerSecond * firstDistance), Math.exp(-ratePerSecond * step));
  }
}
