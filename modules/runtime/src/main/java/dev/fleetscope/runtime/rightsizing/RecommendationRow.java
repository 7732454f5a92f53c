package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.Recommendation;
import dev.fleetscope.engine.Replay;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.engine.fleet.ContainerRecommendation;
import dev.fleetscope.engine.gpu.GpuAdvice;
import dev.fleetscope.engine.hpa.HpaReplay;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Workload;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * One container as the Recommendations table lists it: what it requests now, what is recommended,
 * what that saves and what replaying its history against the recommendation would have done.
 *
 * @param cpuSamples the replayed CPU minutes
 * @param starvedShare share of them above the recommended request (starved when the node is busy)
 * @param throttledShare share above the recommended limit
 * @param wouldBeOoms replayed memory samples above the recommended limit, plus recorded kills it
 *     would not prevent
 * @param gpuAdvice the GPU advice in a line, empty for a container without GPUs
 * @param live false when its cluster's source is stale
 * @param traits what decides how it may be sized: autoscalers, pod level, GPUs, JVM, job, sidecar
 * @param hpa where an HPA scales on the utilization of its request, the replicas it would have run
 *     with the request now and with the recommended one
 */
public record RecommendationRow(
    ContainerRef ref,
    String team,
    String model,
    int replicas,
    Sizing current,
    Sizing proposed,
    double savingsPerMonth,
    Currency currency,
    int cpuSamples,
    double starvedShare,
    double throttledShare,
    long wouldBeOoms,
    double confidence,
    String reason,
    String gpuAdvice,
    boolean live,
    SizingTraits traits,
    Optional<HpaReplay> hpa) {

  /** A row without traits or an HPA replay. */
  public RecommendationRow(
      ContainerRef ref,
      String team,
      String model,
      int replicas,
      Sizing current,
      Sizing proposed,
      double savingsPerMonth,
      Currency currency,
      int cpuSamples,
      double starvedShare,
      double throttledShare,
      long wouldBeOoms,
      double confidence,
      String reason,
      String gpuAdvice,
      boolean live) {
    this(
        ref,
        team,
        model,
        replicas,
        current,
        proposed,
        savingsPerMonth,
        currency,
        cpuSamples,
        starvedShare,
        throttledShare,
        wouldBeOoms,
        confidence,
        reason,
        gpuAdvice,
        live,
        SizingTraits.NONE,
        Optional.empty());
  }

  public static RecommendationRow of(ContainerRecommendation c, FleetSnapshot snapshot) {
    Recommendation r = c.recommendation();
    Replay replay = r.replay();
    Optional<Cluster> cluster = snapshot.cluster(c.ref().workload().cluster());
    Optional<Workload> workload = cluster.flatMap(cl -> cl.workload(c.ref().workload()));
    return new RecommendationRow(
        c.ref(),
        workload.map(Workload::team).orElse(""),
        workload.flatMap(Workload::model).orElse(""),
        c.replicas(),
        r.current(),
        r.proposed(),
        replay.savings().perMonth(),
        replay.savings().currency(),
        replay.cpuSamples(),
        replay.cpuOverRequestShare(),
        replay.cpuOverLimitShare(),
        replay.memoryOverLimitSamples(),
        r.confidence(),
        r.reason(),
        r.gpu().map(GpuAdvice::summary).orElse(""),
        cluster.map(snapshot::isLive).orElse(true),
        workload.map(w -> SizingTraits.of(w, c.ref().container())).orElse(SizingTraits.NONE),
        replay.hpa());
  }

  /** {@code cluster/namespace/workload/container}, as a PLAN.json names it. */
  public String id() {
    return ref.id();
  }

  public String workload() {
    return ref.workload().name();
  }

  /**
   * Whether every word of a lower-case filter occurs in its id, kind, team, model or badges ({@code
   * gpu} for GPU rows, {@code vpa}, {@code keda}, {@code dra}, {@code jvm}, {@code sidecar}).
   */
  public boolean matches(String filter) {
    if (filter.isBlank()) {
      return true;
    }
    String haystack =
        (id()
                + " "
                + ref.workload().kind().kubernetesKind()
                + " "
                + team
                + " "
                + model
                + (gpuAdvice.isEmpty() ? "" : " gpu")
                + " "
                + traits.text())
            .toLowerCase(Locale.ROOT);
    for (String word : filter.strip().split("\\s+")) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
