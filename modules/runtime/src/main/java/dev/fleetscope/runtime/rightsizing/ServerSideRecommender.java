package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.Confidence;
import dev.fleetscope.engine.ContainerFacts;
import dev.fleetscope.engine.PercentileStrategy;
import dev.fleetscope.engine.Recommendation;
import dev.fleetscope.engine.Replay;
import dev.fleetscope.engine.Replayer;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.engine.UsageHistory;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.prometheus.FleetQuantiles;
import dev.fleetscope.prometheus.HistoryRequest;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.PrometheusException;
import dev.fleetscope.prometheus.QuantileReader;
import dev.fleetscope.prometheus.UsageQuantiles;
import dev.fleetscope.runtime.NothingToWorkOnException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code recommend --prometheus --server-side}: Prometheus computes each workload container's CPU
 * percentile and memory peak over the window ({@link QuantileReader}), so only two numbers per
 * container travel. Only the {@code percentile} strategy is a function of those two numbers; {@code
 * fleetscope} (recency weights, trends, bucketed tails) and {@code vpa} (decaying histograms) need
 * every sample.
 *
 * <p>The proposal is exactly the client-side one: Prometheus's {@code quantile_over_time}
 * interpolates between the samples of rank {@code q(n-1)} as numpy does. The replay is
 * approximated, since the samples never arrive: the container is taken to have run at every step of
 * the window (n = window / step samples; one that ran less has fewer, and a lower confidence), the
 * share of CPU samples above the request is that of the percentile's rank ({@code (n - 1 -
 * floor(q(n-1))) / n}, exact when no two samples tie), no memory sample is above a limit of peak
 * plus buffer, and every OOM kill in the window counts as a would-be kill when the proposed limit
 * is not above the current one. Savings are exact.
 */
public final class ServerSideRecommender {
  private ServerSideRecommender() {}

  /**
   * @param podLevel workloads sized at pod level, left out: the percentile of a pod's summed usage
   *     is not a sum of its containers' percentiles, so it needs every sample
   */
  public record Result(List<NamedRecommendation> recommendations, List<WorkloadRef> podLevel) {}

  public static Result recommend(
      PrometheusClient client,
      HistoryRequest request,
      PercentileStrategy strategy,
      UnitPrices prices,
      Consumer<Progress> progress)
      throws PrometheusException {
    double q = strategy.cpuPercentile() / 100;
    List<Double> quantiles = q == 1 ? List.of(1.0) : List.of(q, 1.0);
    FleetQuantiles fleet = new QuantileReader(client).read(request, quantiles, progress);
    int samples = fleet.grid().points();
    double confidence =
        Confidence.of(presentAtEveryStep(samples, (int) request.step().toSeconds()), samples);
    List<NamedRecommendation> out = new ArrayList<>();
    List<WorkloadRef> podLevel = new ArrayList<>();
    for (Cluster cluster : fleet.clusters()) {
      for (Workload workload : cluster.workloads().toList()) {
        if (workload.podLevel()) {
          podLevel.add(workload.ref());
          continue;
        }
        for (ContainerSpec spec : workload.containers()) {
          ContainerRef ref = workload.ref().container(spec.name());
          UsageQuantiles usage = fleet.usage().get(ref);
          if (usage == null || Double.isNaN(usage.value(Metric.CPU_CORES, q))) {
            continue;
          }
          ContainerFacts facts =
              new ContainerFacts(
                  new Sizing(spec.requests(), spec.limits()),
                  workload.desiredReplicas(),
                  workload.containers().size(),
                  workload.autoscaler(),
                  spec.gpu());
          out.add(
              new NamedRecommendation(
                  ref.id(),
                  recommend(
                      strategy,
                      q,
                      usage,
                      facts,
                      fleet.oomKills().getOrDefault(ref, 0),
                      samples,
                      confidence,
                      prices)));
        }
      }
    }
    if (out.isEmpty() && !podLevel.isEmpty()) {
      throw new NothingToWorkOnException(
          "no container to recommend with --server-side: "
              + podLevel.size()
              + " workloads are sized at pod level, which needs every sample (leave out"
              + " --server-side), and no other has usage in the window");
    }
    if (out.isEmpty()) {
      throw HistoryRecommender.empty(client, request, fleet.usage().size(), 0, fleet.clusters())
          .exception();
    }
    out.sort(Comparator.comparing(NamedRecommendation::container));
    return new Result(out, podLevel);
  }

  private static Recommendation recommend(
      PercentileStrategy strategy,
      double q,
      UsageQuantiles usage,
      ContainerFacts facts,
      int oomKills,
      int samples,
      double confidence,
      UnitPrices prices) {
    double cpu = usage.value(Metric.CPU_CORES, q);
    double peak = usage.value(Metric.MEMORY_BYTES, 1.0);
    if (Double.isNaN(peak)) {
      Replay replay =
          Replayer.replay(
              UsageHistory.of(0, 60, new double[0], new double[0]),
              facts,
              facts.current(),
              0,
              prices);
      return new Recommendation(
          strategy.name(),
          facts.current(),
          facts.current(),
          replay,
          confidence,
          "No memory samples: keeps the current requests and limits.",
          Optional.empty());
    }
    double request = Math.max(cpu, strategy.minCpu());
    long memory =
        Math.max((long) Math.ceil(peak * (1 + strategy.memoryBuffer())), strategy.minMemory());
    Sizing proposed = Sizing.of(request, Double.POSITIVE_INFINITY, memory, memory);
    String reason =
        String.format(
            Locale.ROOT,
            "CPU p%s %s, no limit; memory peak %s + %s = %s (computed by Prometheus).",
            percentile(strategy.cpuPercentile()),
            Units.cores(cpu),
            Units.bytes(peak),
            Units.percent(strategy.memoryBuffer()),
            Units.bytes(memory));
    Sizing current = facts.current();
    long kills =
        current.limits().memoryBounded() && proposed.memoryLimit() <= current.memoryLimit()
            ? oomKills
            : 0;
    Replay savings =
        Replayer.replay(
            UsageHistory.of(0, 60, new double[0], new double[0]), facts, proposed, 0, prices);
    Replay replay =
        new Replay(
            samples,
            overRankShare(q, samples),
            0,
            samples,
            kills,
            savings.savings(),
            savings.hpa());
    return new Recommendation(
        strategy.name(), current, proposed, replay, confidence, reason, Optional.empty());
  }

  /**
   * The share of n distinct samples above their q-quantile as Prometheus and numpy interpolate it.
   */
  public static double overRankShare(double q, int n) {
    if (n == 0) {
      return 0;
    }
    long atOrBelow = (long) Math.floor(q * (n - 1)) + 1;
    return (n - atOrBelow) / (double) n;
  }

  private static UsageHistory presentAtEveryStep(int samples, int stepSeconds) {
    return UsageHistory.of(0, stepSeconds, new double[samples], new double[samples]);
  }

  private static String percentile(double p) {
    return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
  }
}
