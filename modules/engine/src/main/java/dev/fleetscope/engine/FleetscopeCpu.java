package dev.fleetscope.engine;

import dev.fleetscope.engine.stats.Geometric;
import dev.fleetscope.engine.stats.Trend;
import dev.fleetscope.engine.stats.WeightedTail;
import dev.fleetscope.engine.stats.Workspace;
import dev.fleetscope.model.Units;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The CPU half of {@link FleetscopeStrategy}. Each sample is weighted by {@code 2^(-age/halfLife)}
 * and, when the daily mean grows steadily, scaled by that growth up to the end of the horizon; the
 * request is the smallest value that at most the budget's share of that weight exceeds.
 *
 * <p>Under an HPA that scales on CPU the budget alone would ratchet: while the HPA holds each
 * replica's use at its target (a fraction of the request), a request sized to that use is smaller
 * than the one before; the HPA adds replicas, each uses less, and the next proposal shrinks again.
 * So the request is never below what keeps the typical (weighted median) use at the HPA's target
 * utilization; where replicas are busier than that (the HPA at its bounds, or slow to react), the
 * budget's larger request stands. A CPU limit is proposed only where there is one now, at the
 * current limit-to-request ratio.
 */
final class FleetscopeCpu {
  static final double MIN_CORES = 0.01;

  record Part(double request, double limit, String reason) {}

  private FleetscopeCpu() {}

  /** Null when there is no CPU sample. */
  static Part size(
      UsageHistory history, ContainerFacts facts, FleetscopeStrategy strategy, Trend trend) {
    double[] cpu = history.cpuCores();
    double step = history.stepSeconds();
    Geometric weights =
        Geometric.halving(cpu.length, step, strategy.recencyHalfLife().toSeconds(), 0);
    Geometric projection =
        trend.growing()
            ? Geometric.growth(
                trend.ratePerSecond(),
                (cpu.length - 1) * step + strategy.horizon().toSeconds(),
                step)
            : Geometric.ONE;
    OptionalDouble hpaTarget = facts.utilizationTarget("cpu");
    Workspace workspace = Workspace.current();
    double share = strategy.budget().cpuShare();
    double request = WeightedTail.threshold(cpu, share, weights, projection, workspace);
    String reason =
        "CPU "
            + Words.cores(Math.max(request, MIN_CORES))
            + " covers "
            + Units.percent(1 - share)
            + " of minutes, recent days weighing more";
    if (hpaTarget.isPresent()) {
      double target = hpaTarget.getAsDouble();
      double typical = WeightedTail.threshold(cpu, 0.5, weights, projection, workspace);
      if (typical / target > request) {
        request = typical / target;
        reason =
            "HPA scales at "
                + Units.percent(target)
                + " CPU: the request keeps typical use ("
                + Words.cores(typical)
                + ") at that target";
      } else {
        reason += ", above what the HPA's " + Units.percent(target) + " target needs";
      }
    }
    if (Double.isNaN(request)) {
      return null;
    }
    if (trend.growing()) {
      reason +=
          String.format(
              Locale.ROOT,
              " (use grows %.1f%%/day, projected %d days on)",
              trend.perDay() * 100,
              strategy.horizon().toDays());
    }
    request = Math.max(request, MIN_CORES);
    return new Part(request, limit(facts.current(), request), reason);
  }

  private static double limit(Sizing current, double request) {
    if (!current.limits().cpuBounded()) {
      return Double.POSITIVE_INFINITY;
    }
    double ratio = current.cpuRequest() > 0 ? current.cpuLimit() / current.cpuRequest() : 1;
    return request * Math.max(1, ratio);
  }
}
