package dev.fleetscope.engine.hpa;

import dev.fleetscope.model.Units;
import java.util.Locale;

/**
 * The replicas an HPA would have run over a history, with the request now and with a proposed one,
 * given the recorded load (per-replica use times the replicas that ran).
 *
 * @param resource {@code cpu} or {@code memory}: what the HPA's utilization target is a share of
 * @param target the target utilization, a fraction of the request
 * @param meanNow mean replicas with the current request
 * @param maxNow most replicas with the current request
 * @param meanProposed mean replicas with the proposed request
 * @param maxProposed most replicas with the proposed request
 * @param otherMetrics metrics that do not depend on the request (pods, object, external): the HPA
 *     may run more replicas for them; empty when none
 */
public record HpaReplay(
    String resource,
    double target,
    double meanNow,
    int maxNow,
    double meanProposed,
    int maxProposed,
    String otherMetrics) {
  /** More than 5% more replicas on average is scaling out. */
  private static final double SCALE_OUT = 1.05;

  /** Whether the proposal would have the HPA run more replicas on average (beyond 5%). */
  public boolean scalesOut() {
    return meanProposed > meanNow * SCALE_OUT;
  }

  /**
   * {@code the HPA (cpu at 70%) would run 3.1 replicas on average (at most 5) with the proposed
   * request, 3.0 (at most 5) now}.
   */
  public String describe() {
    return String.format(
            Locale.ROOT,
            "the HPA (%s at %s) would run %.1f replicas on average (at most %d) with the proposed"
                + " request, %.1f (at most %d) now",
            resource,
            Units.percent(target),
            meanProposed,
            maxProposed,
            meanNow,
            maxNow)
        + (otherMetrics.isEmpty() ? "" : "; it also scales on " + otherMetrics);
  }
}
