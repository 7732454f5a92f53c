package dev.fleetscope.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.model.Cluster;
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
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class FleetRightsizerTest {
  private static final long GIB = 1L << 30;
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final WorkloadRef API =
      new WorkloadRef("prod", "shop", WorkloadKind.DEPLOYMENT, "api");
  private static final WorkloadRef TRAINER =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "trainer");

  @Test
  void recommendsEveryContainerWithHistoryKeyedByItsRefAndPricedByItsCluster() {
    FleetRecommendations result =
        new FleetRightsizer(FleetscopeStrategy.DEFAULT).recommend(snapshot());
    assertEquals(
        List.of(API.container("app"), TRAINER.container("train")),
        result.containers().stream()
            .map(ContainerRecommendation::ref)
            .sorted(java.util.Comparator.comparing(ContainerRef::id).reversed())
            .toList());
    assertEquals(List.of(API.container("sidecar")), result.withoutHistory());
    ContainerRecommendation api =
        result.containers().stream()
            .filter(c -> c.ref().equals(API.container("app")))
            .findFirst()
            .orElseThrow();
    assertEquals(3, api.replicas());
    UnitPrices prices = UnitPrices.of(snapshot().clusters().getFirst());
    var savings = api.recommendation().replay().savings();
    assertEquals(
        prices.perMonth(savings.cores(), savings.bytes(), savings.gpus()),
        savings.perMonth(),
        1e-9);
    assertTrue(result.savingsPerMonth().get(HourlyPrice.USD) > 0);
  }

  @Test
  void advisesOnTheIdleTrainersGpuAndCountsTheGpuSaved() {
    ContainerRecommendation trainer =
        new FleetRightsizer(FleetscopeStrategy.DEFAULT)
            .recommend(snapshot()).containers().stream()
                .filter(c -> c.ref().workload().equals(TRAINER))
                .findFirst()
                .orElseThrow();
    assertTrue(trainer.recommendation().gpu().orElseThrow().summary().contains("1g.10gb"));
    assertEquals(1 - 1 / 7.0, trainer.recommendation().replay().savings().gpus(), 1e-12);
  }

  @Test
  void reportsProgressAfterEachContainerAndStopsWhenCancelled() {
    List<Progress> seen = new ArrayList<>();
    new FleetRightsizer(FleetscopeStrategy.DEFAULT).recommend(snapshot(), seen::add, () -> false);
    assertEquals(List.of(1 / 3.0, 2 / 3.0, 1.0), seen.stream().map(Progress::fraction).toList());
    assertThrows(
        CancellationException.class,
        () ->
            new FleetRightsizer(FleetscopeStrategy.DEFAULT)
                .recommend(snapshot(), p -> {}, () -> true));
  }

  @Test
  void alignsCpuAndMemorySeriesOfDifferentLengthsOnOneGrid() {
    ContainerUsage usage =
        new ContainerUsage(
            API.container("app"),
            Map.of(
                Metric.CPU_CORES, Series.of(Metric.CPU_CORES, START, MINUTE, 0.5, 0.5),
                Metric.MEMORY_BYTES,
                    Series.of(Metric.MEMORY_BYTES, START.plusSeconds(60), MINUTE, 1e9, 2e9)),
            Map.of(),
            List.of());
    var history = Histories.of(usage);
    assertEquals(3, history.size());
    assertTrue(Double.isNaN(history.cpuCores()[2]) && Double.isNaN(history.memoryBytes()[0]));
    assertEquals(2e9, history.memoryBytes()[2], 2e9 * 1e-3);
  }

  private static FleetSnapshot snapshot() {
    Resources small = new Resources(4, 16 * GIB);
    Resources big = new Resources(32, 256 * GIB);
    Node cpuNode =
        new Node("n1", "m6i.xlarge", "a", small, small, NodeGpus.NONE, HourlyPrice.usd(0.192));
    Node gpuNode =
        new Node(
            "g1",
            "p4de",
            "a",
            big,
            big,
            NodeGpus.whole("A100-SXM4-80GB", 8, 80 * GIB),
            HourlyPrice.usd(40));
    Workload api =
        new Workload(
            API,
            Map.of(),
            "shop",
            Optional.empty(),
            3,
            List.of(
                ContainerSpec.cpuMemory(
                    "app",
                    new Resources(2, 4 * GIB),
                    new Resources(Double.POSITIVE_INFINITY, 4 * GIB)),
                ContainerSpec.cpuMemory(
                    "sidecar", new Resources(0.1, GIB / 8), Resources.UNBOUNDED)),
            List.of(),
            Optional.empty());
    Workload trainer =
        new Workload(
            TRAINER,
            Map.of(),
            "ml",
            Optional.of("resnet"),
            1,
            List.of(
                new ContainerSpec(
                    "train",
                    new Resources(4, 32 * GIB),
                    new Resources(Double.POSITIVE_INFINITY, 32 * GIB),
                    new GpuAllocation.Whole(1))),
            List.of(),
            Optional.empty());
    Cluster cluster =
        new Cluster(
            "prod",
            Provider.AWS,
            "us-east-1",
            "test",
            List.of(cpuNode, gpuNode),
            List.of(new Namespace("shop", List.of(api)), new Namespace("ml", List.of(trainer))));
    int n = 3 * 1440;
    Map<ContainerRef, ContainerUsage> usage =
        Map.of(
            API.container("app"), usage(API.container("app"), 0.4, 1.5e9, Map.of()),
            TRAINER.container("train"),
                usage(
                    TRAINER.container("train"),
                    1.0,
                    8e9,
                    Map.of(
                        Metric.GPU_ENGINE_ACTIVE, series(Metric.GPU_ENGINE_ACTIVE, n, 0.05),
                        Metric.GPU_MEMORY_BYTES, series(Metric.GPU_MEMORY_BYTES, n, 6e9))));
    return new FleetSnapshot(START.plus(Duration.ofDays(3)), List.of(cluster), usage, List.of());
  }

  private static ContainerUsage usage(
      ContainerRef ref, double cores, double bytes, Map<Metric, Series> more) {
    int n = 3 * 1440;
    Map<Metric, Series> history = new java.util.HashMap<>(more);
    history.put(Metric.CPU_CORES, series(Metric.CPU_CORES, n, cores));
    history.put(Metric.MEMORY_BYTES, series(Metric.MEMORY_BYTES, n, bytes));
    return new ContainerUsage(ref, history, Map.of(), List.of());
  }

  private static Series series(Metric metric, int n, double value) {
    double[] values = new double[n];
    Arrays.fill(values, value);
    return Series.of(metric, START, MINUTE, values);
  }
}
