package dev.fleetscope.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.GpuClaim;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.JobRuns;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ContainerChange;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fleet path for pods sized as one, groups of Jobs, init containers and DRA GPUs. */
class FleetOfTodayTest {
  private static final long GIB = 1L << 30;
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final int N = 3 * 1440;
  private static final WorkloadRef POD_SIZED =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "pod-sized");
  private static final WorkloadRef BACKFILL =
      new WorkloadRef("prod", "ml", WorkloadKind.JOB, "backfill");
  private static final WorkloadRef TRAINER =
      new WorkloadRef("prod", "ml", WorkloadKind.JOB, "trainer");

  private static Series series(Metric metric, int from, int to, double value) {
    double[] values = new double[N];
    Arrays.fill(values, Double.NaN);
    Arrays.fill(values, from, to, value);
    return Series.of(metric, START, Duration.ofMinutes(1), values);
  }

  private static ContainerUsage usage(
      ContainerRef ref, int from, int to, double cpu, double bytes) {
    return usage(ref, from, to, cpu, bytes, Map.of());
  }

  private static ContainerUsage usage(
      ContainerRef ref, int from, int to, double cpu, double bytes, Map<Metric, Series> more) {
    Map<Metric, Series> history = new HashMap<>(more);
    history.put(Metric.CPU_CORES, series(Metric.CPU_CORES, from, to, cpu));
    history.put(Metric.MEMORY_BYTES, series(Metric.MEMORY_BYTES, from, to, bytes));
    return new ContainerUsage(ref, history, Map.of(), List.of());
  }

  private static FleetSnapshot snapshot() {
    Workload podSized =
        new Workload(
                POD_SIZED,
                Map.of(),
                "",
                Optional.empty(),
                2,
                List.of(
                    ContainerSpec.cpuMemory("app", new Resources(1.5, 0), Resources.UNBOUNDED),
                    ContainerSpec.cpuMemory("log-shipper", Resources.NONE, Resources.UNBOUNDED)),
                List.of(),
                Optional.empty())
            .withPodResources(
                Optional.of(new PodResources(new Resources(2, 4 * GIB), new Resources(4, 4 * GIB))))
            .withInitContainers(
                List.of(
                    new ContainerSpec(
                        "migrate",
                        new Resources(1, GIB),
                        Resources.UNBOUNDED,
                        GpuAllocation.NONE,
                        ContainerKind.INIT,
                        Optional.empty())));
    Workload backfill =
        new Workload(
                BACKFILL,
                Map.of(),
                "",
                Optional.empty(),
                1,
                List.of(
                    ContainerSpec.cpuMemory(
                        "main", new Resources(2, 4 * GIB), Resources.UNBOUNDED)),
                List.of(),
                Optional.empty())
            .withJobRuns(
                Optional.of(
                    new JobRuns(
                        "app.kubernetes.io/name=backfill",
                        List.of(
                            new JobRuns.Run(
                                "backfill-a",
                                Optional.empty(),
                                Optional.empty(),
                                JobRuns.Outcome.SUCCEEDED),
                            new JobRuns.Run(
                                "backfill-b",
                                Optional.empty(),
                                Optional.empty(),
                                JobRuns.Outcome.SUCCEEDED)))));
    GpuClaim h100 =
        new GpuClaim(
            "trainer-gpus",
            "gpu",
            "gpu.nvidia.com",
            "gpu-0",
            "NVIDIA H100 80GB HBM3",
            80 * GIB,
            Optional.empty(),
            1,
            Set.of("trainer"));
    ContainerSpec trainerSpec =
        new ContainerSpec(
            "trainer", new Resources(8, 64 * GIB), Resources.UNBOUNDED, new GpuAllocation.Whole(1));
    Workload trainer =
        new Workload(
                TRAINER,
                Map.of(),
                "",
                Optional.empty(),
                1,
                List.of(trainerSpec),
                List.of(),
                Optional.empty())
            .withGpuClaims(List.of(trainerSpec), List.of(h100));
    Node node =
        new Node(
            "n1",
            "p5",
            "a",
            new Resources(192, 2048 * GIB),
            new Resources(192, 2048 * GIB),
            NodeGpus.NONE,
            HourlyPrice.usd(98));
    Cluster cluster =
        new Cluster(
            "prod",
            Provider.AWS,
            "us-east-1",
            "test",
            List.of(node),
            List.of(new Namespace("ml", List.of(podSized, backfill, trainer))));
    Map<ContainerRef, ContainerUsage> usage = new HashMap<>();
    usage.put(POD_SIZED.container("app"), usage(POD_SIZED.container("app"), 0, N, 0.6, 1.0 * GIB));
    usage.put(
        POD_SIZED.container("log-shipper"),
        usage(POD_SIZED.container("log-shipper"), 0, N, 0.1, 0.25 * GIB));
    usage.put(
        POD_SIZED.container("migrate"),
        usage(POD_SIZED.container("migrate"), 0, 3, 0.9, 0.5 * GIB));
    // a metrics source keeps each Job of the group apart: day one and day three
    WorkloadRef runA = new WorkloadRef("prod", "ml", WorkloadKind.JOB, "backfill-a");
    WorkloadRef runB = new WorkloadRef("prod", "ml", WorkloadKind.JOB, "backfill-b");
    usage.put(runA.container("main"), usage(runA.container("main"), 0, 20, 1.0, 1.0 * GIB));
    usage.put(runB.container("main"), usage(runB.container("main"), 2880, 2900, 1.2, 1.5 * GIB));
    usage.put(
        TRAINER.container("trainer"),
        usage(
            TRAINER.container("trainer"),
            0,
            N,
            4,
            30.0 * GIB,
            Map.of(
                Metric.GPU_ENGINE_ACTIVE, series(Metric.GPU_ENGINE_ACTIVE, 0, N, 0.1),
                Metric.GPU_MEMORY_BYTES, series(Metric.GPU_MEMORY_BYTES, 0, N, 12e9))));
    return new FleetSnapshot(START.plus(Duration.ofDays(3)), List.of(cluster), usage, List.of());
  }

  private static ContainerRecommendation row(FleetRecommendations result, ContainerRef ref) {
    return result.containers().stream().filter(c -> c.ref().equals(ref)).findFirst().orElseThrow();
  }

  @Test
  void aPodWithPodLevelResourcesIsOneRowSizedFromItsContainersSummed() {
    FleetRecommendations result =
        new FleetRightsizer(FleetscopeStrategy.DEFAULT).recommend(snapshot());
    ContainerRecommendation pod = row(result, POD_SIZED.container(ContainerChange.POD));
    assertEquals(new Resources(2, 4 * GIB), pod.recommendation().current().requests());
    // 0.6 + 0.1 cores and 1 + 0.25 GiB, plus headroom
    assertEquals(0.7, pod.recommendation().proposed().cpuRequest(), 0.01);
    assertTrue(pod.recommendation().proposed().memoryLimit() > 1.25 * GIB);
    assertTrue(
        result.containers().stream().noneMatch(c -> c.ref().equals(POD_SIZED.container("app"))));
  }

  @Test
  void theRunsOfAGroupOfJobsAreOneHistoryAndShortOnesAreSizedByTheirPeaks() {
    ContainerRecommendation backfill =
        row(
            new FleetRightsizer(FleetscopeStrategy.DEFAULT).recommend(snapshot()),
            BACKFILL.container("main"));
    assertEquals(1.2, backfill.recommendation().proposed().cpuRequest(), 1e-3);
    assertEquals(40, backfill.recommendation().replay().cpuSamples());
    assertTrue(
        backfill.recommendation().reason().startsWith("Short job (2 runs, median 20 min)"),
        backfill.recommendation().reason());
  }

  @Test
  void theGpuOfADraClaimIsAdvisedOnWithTheClaimedDevicesMemory() {
    var trainer =
        row(
            new FleetRightsizer(FleetscopeStrategy.DEFAULT).recommend(snapshot()),
            TRAINER.container("trainer"));
    String summary = trainer.recommendation().gpu().orElseThrow().summary();
    assertTrue(summary.contains("of 80.0 GiB"), summary);
    assertTrue(summary.contains("MIG slice"), summary); // an H100 can be cut into slices
  }
}
