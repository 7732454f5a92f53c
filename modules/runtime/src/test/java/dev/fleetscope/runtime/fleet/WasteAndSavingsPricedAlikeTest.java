package dev.fleetscope.runtime.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.Savings;
import dev.fleetscope.engine.fleet.ContainerRecommendation;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Overview prices what is requested but unused, the Recommendations price what a proposal gives
 * back: the same cores, GiB and GPUs must cost the same in both. The cluster's nodes hold back part
 * of their capacity (allocatable below capacity) and one of them carries GPUs, the two places where
 * pricing rules can part.
 */
class WasteAndSavingsPricedAlikeTest {
  private static final long GIB = 1L << 30;
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final int DAYS_OF_MINUTES = 3 * 1440;
  private static final WorkloadRef API =
      new WorkloadRef("prod", "shop", WorkloadKind.DEPLOYMENT, "api");
  private static final WorkloadRef TRAINER =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "trainer");
  private static final ContainerSpec API_SPEC =
      ContainerSpec.cpuMemory("app", new Resources(2, 4 * GIB), new Resources(4, 4 * GIB));
  private static final ContainerSpec TRAINER_SPEC =
      new ContainerSpec(
          "train",
          new Resources(4, 32 * GIB),
          new Resources(Double.POSITIVE_INFINITY, 32 * GIB),
          new GpuAllocation.Whole(1));

  @Test
  void whatTheRecommendationsGiveBackCostsOnTheOverviewWhatTheySaySaves() {
    // Three days of history: the API uses 0.4 of its 2 cores and 1.5 GB of its 4 GiB, the trainer
    // keeps its GPU 5 % busy.
    FleetSnapshot history =
        snapshot(
            Map.of(Metric.CPU_CORES, 0.4, Metric.MEMORY_BYTES, 1.5e9),
            Map.of(
                Metric.CPU_CORES, 1.0,
                Metric.MEMORY_BYTES, 8e9,
                Metric.GPU_ENGINE_ACTIVE, 0.05,
                Metric.GPU_MEMORY_BYTES, 6e9));
    List<ContainerRecommendation> recommendations =
        new FleetRightsizer(FleetscopeStrategy.DEFAULT).recommend(history).containers();
    Savings api = savingsOf(recommendations, API.container("app"));
    Savings trainer = savingsOf(recommendations, TRAINER.container("train"));
    assertTrue(api.cores() > 0 && api.bytes() > 0 && trainer.gpus() > 0, "something given back");

    // The same cluster when each pod uses exactly what the proposals leave it: what is requested
    // but unused is then what the proposals give back.
    FleetSnapshot leftOver =
        snapshot(
            Map.of(
                Metric.CPU_CORES, 2 - api.cores() / 3,
                Metric.MEMORY_BYTES, 4.0 * GIB - api.bytes() / 3.0),
            Map.of(
                Metric.CPU_CORES, 4 - trainer.cores(),
                Metric.MEMORY_BYTES, 32.0 * GIB - trainer.bytes(),
                Metric.GPU_ENGINE_ACTIVE, 1 - trainer.gpus(),
                Metric.GPU_MEMORY_BYTES, 6e9));
    double savedPerMonth = api.perMonth() + trainer.perMonth();
    double overviewPerMonth = FleetTotals.idleHourlyCost(leftOver) * HourlyPrice.HOURS_PER_MONTH;
    assertEquals(savedPerMonth, overviewPerMonth, savedPerMonth * 1e-9);

    // The Overview's list of wasting workloads prices their history (stored as half-precision
    // samples, so to a thousandth).
    double listed =
        WastedWorkload.top(leftOver, new StatsCache(), 5).stream()
            .mapToDouble(WastedWorkload::monthlyCost)
            .sum();
    assertEquals(savedPerMonth, listed, savedPerMonth * 1e-3);
  }

  private static Savings savingsOf(List<ContainerRecommendation> all, ContainerRef ref) {
    return all.stream()
        .filter(c -> c.ref().equals(ref))
        .findFirst()
        .orElseThrow()
        .recommendation()
        .replay()
        .savings();
  }

  /** Flat use per pod (history and now) for the API (3 pods) and the trainer (1 pod). */
  private static FleetSnapshot snapshot(Map<Metric, Double> api, Map<Metric, Double> trainer) {
    Resources cpuCapacity = new Resources(16, 64 * GIB);
    Resources gpuCapacity = new Resources(96, 1152 * GIB);
    Node cpuNode =
        new Node(
            "n1",
            "m6i.4xlarge",
            "a",
            cpuCapacity,
            new Resources(15.5, 60 * GIB),
            NodeGpus.NONE,
            HourlyPrice.usd(0.768));
    Node gpuNode =
        new Node(
            "g1",
            "p4de.24xlarge",
            "a",
            gpuCapacity,
            new Resources(94, 1100 * GIB),
            NodeGpus.whole("A100-SXM4-80GB", 8, 80 * GIB),
            HourlyPrice.usd(40.966));
    Workload apiWorkload = workload(API, 3, API_SPEC, "n1");
    Workload trainerWorkload = workload(TRAINER, 1, TRAINER_SPEC, "g1");
    Cluster cluster =
        new Cluster(
            "prod",
            Provider.AWS,
            "us-east-1",
            "test",
            List.of(cpuNode, gpuNode),
            List.of(
                new Namespace("shop", List.of(apiWorkload)),
                new Namespace("ml", List.of(trainerWorkload))));
    Map<ContainerRef, ContainerUsage> usage =
        Map.of(
            API.container("app"), usage(API.container("app"), api),
            TRAINER.container("train"), usage(TRAINER.container("train"), trainer));
    return new FleetSnapshot(START.plus(Duration.ofDays(3)), List.of(cluster), usage, List.of());
  }

  private static Workload workload(WorkloadRef ref, int pods, ContainerSpec spec, String node) {
    List<Pod> running =
        IntStream.range(0, pods)
            .mapToObj(
                i ->
                    new Pod(
                        ref.name() + "-" + i,
                        node,
                        PodPhase.RUNNING,
                        List.of(new Container(spec, 0, Optional.empty()))))
            .toList();
    return new Workload(
        ref,
        Map.of(),
        ref.namespace(),
        Optional.empty(),
        pods,
        List.of(spec),
        running,
        Optional.empty());
  }

  private static ContainerUsage usage(ContainerRef ref, Map<Metric, Double> flat) {
    Map<Metric, Series> history = new HashMap<>();
    flat.forEach(
        (metric, value) -> {
          double[] values = new double[DAYS_OF_MINUTES];
          Arrays.fill(values, value);
          history.put(metric, Series.of(metric, START, MINUTE, values));
        });
    return new ContainerUsage(ref, history, flat, List.of());
  }
}
