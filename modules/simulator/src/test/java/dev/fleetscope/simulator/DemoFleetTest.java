package dev.fleetscope.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoFleetTest {
  static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  static FleetSnapshot fleet;

  @BeforeAll
  static void recordHistory() throws InterruptedException {
    fleet = historyOf(Simulator.DEFAULT_SEED);
  }

  static FleetSnapshot historyOf(long seed) throws InterruptedException {
    DemoFleetSource source =
        new DemoFleetSource(seed, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(2));
    source.awaitHistory();
    return source.poll();
  }

  @Test
  void hasTheShapeTheDemoPromises() {
    Set<Provider> providers =
        fleet.clusters().stream().map(Cluster::provider).collect(Collectors.toSet());
    assertTrue(providers.size() >= 3, "clusters on three providers: " + providers);
    assertTrue(fleet.clusters().stream().mapToInt(c -> c.namespaces().size()).sum() >= 30);
    assertTrue(fleet.workloads().count() >= 400, "workloads: " + fleet.workloads().count());
    Set<WorkloadKind> kinds =
        fleet
            .workloads()
            .map(Workload::kind)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkloadKind.class)));
    assertEquals(EnumSet.allOf(WorkloadKind.class), kinds);
    assertTrue(
        fleet.clusters().stream()
            .flatMap(c -> c.nodes().stream())
            .anyMatch(n -> n.gpus().migPartitioned()));
    assertTrue(
        fleet
            .workloads()
            .anyMatch(w -> w.containers().getFirst().gpu() instanceof GpuAllocation.Mig));
    assertTrue(fleet.workloads().filter(w -> w.model().isPresent()).count() > 100);
    assertTrue(
        fleet.clusters().stream().allMatch(c -> c.hourlyCost() > 0 && c.nodes().size() > 10));
  }

  @Test
  void sameSeedGivesTheSameFleetAndTheSameNumbers() throws InterruptedException {
    FleetSnapshot again = historyOf(Simulator.DEFAULT_SEED);
    assertEquals(fleet.clusters(), again.clusters());
    for (ContainerUsage usage : fleet.usage().values()) {
      ContainerUsage twin = again.usage(usage.ref()).orElseThrow();
      assertArrayEquals(
          usage.history(Metric.CPU_CORES).toArray(), twin.history(Metric.CPU_CORES).toArray());
      assertArrayEquals(
          usage.history(Metric.MEMORY_BYTES).toArray(),
          twin.history(Metric.MEMORY_BYTES).toArray());
      assertEquals(usage.now(), twin.now());
    }
    FleetSnapshot other = historyOf(7);
    assertNotEquals(requests(fleet), requests(other), "another seed gives another fleet");
  }

  private static List<String> requests(FleetSnapshot s) {
    return s.workloads().map(w -> w.ref().id() + w.containers().getFirst().requests()).toList();
  }

  @Test
  void mostContainersAreOverProvisionedAndAFewUnder() {
    int over = 0, under = 0, total = 0;
    for (ContainerUsage usage : fleet.usage().values()) {
      double p95 = percentile(usage.history(Metric.CPU_CORES), 0.95);
      double request = spec(usage).requests().cpuCores();
      total++;
      over += request > 1.5 * p95 ? 1 : 0;
      under += request < p95 ? 1 : 0;
    }
    assertTrue(over > 0.6 * total, over + " of " + total + " over-provisioned");
    assertTrue(
        under > 0.02 * total && under < 0.15 * total,
        under + " of " + total + " under-provisioned");
  }

  @Test
  void inferenceTrafficFollowsTheDay() {
    List<ContainerUsage> services = usageOf("online-inference");
    assertTrue(services.size() > 100);
    for (ContainerUsage service : services) {
      Cluster cluster = fleet.cluster(service.ref().workload().cluster()).orElseThrow();
      int offset =
          switch (cluster.provider()) {
            case AWS -> -5;
            case GCP -> -6;
            default -> 1;
          };
      double peak = meanAtLocalHours(service.history(Metric.CPU_CORES), offset, 14, 18);
      double trough = meanAtLocalHours(service.history(Metric.CPU_CORES), offset, 2, 6);
      assertTrue(
          peak / trough > 2 && peak / trough < 12, service.ref() + " peak/trough " + peak / trough);
    }
  }

  @Test
  void leakyServicesGrowAboutFivePercentADayAndTheFastOnesAreOomKilled() {
    List<ContainerUsage> leaky = usageOf("memory-leak");
    assertTrue(leaky.size() >= 3);
    for (ContainerUsage service : leaky) {
      Series memory = service.history(Metric.MEMORY_BYTES);
      int day = 1440;
      int start =
          service.oomKills().isEmpty()
              ? 0
              : (int)
                      ((service.oomKills().getLast().getEpochSecond()
                              - memory.start().getEpochSecond())
                          / 60)
                  + 5;
      if (memory.size() - start < 2 * day) {
        continue;
      }
      double first = memory.get(start);
      double growthPerDay = (memory.get(start + day) - first) / first;
      assertEquals(0.05, growthPerDay, 0.012, service.ref() + " grows " + growthPerDay + " a day");
    }
    assertTrue(
        leaky.stream().anyMatch(s -> s.oomKills().size() >= 2),
        "a leaky service is OOM-killed repeatedly");
    Workload killed =
        fleet
            .workloads()
            .filter(
                w ->
                    w.pods().stream()
                        .anyMatch(
                            p ->
                                p.containers().stream()
                                    .anyMatch(
                                        c ->
                                            c.lastTermination()
                                                .map(t -> t.oomKilled())
                                                .orElse(false))))
            .findFirst()
            .orElseThrow();
    assertTrue(killed.pods().getFirst().restarts() > 0);
  }

  @Test
  void cpuNeverExceedsItsLimitAndMemoryNeverExceedsItsLimit() {
    for (ContainerUsage usage : fleet.usage().values()) {
      ContainerSpec spec = spec(usage);
      assertTrue(
          !(usage.history(Metric.CPU_CORES).max() > spec.limits().cpuCores() * 1.001),
          usage.ref() + " above CPU limit");
      assertTrue(
          !(usage.history(Metric.MEMORY_BYTES).max() > spec.limits().memoryBytes() * 1.001),
          usage.ref() + " above memory limit");
    }
  }

  @Test
  void gpuNotebooksHoldGpusTheyBarelyUse() {
    List<ContainerUsage> notebooks =
        usageOf("idle-notebook").stream()
            .filter(u -> !u.history(Metric.GPU_UTILIZATION).isEmpty())
            .toList();
    assertTrue(notebooks.size() >= 10);
    for (ContainerUsage notebook : notebooks) {
      assertTrue(
          mean(notebook.history(Metric.GPU_UTILIZATION)) < 0.05, notebook.ref() + " is busy");
    }
  }

  @Test
  void migSlicesReadZeroUtilizationButReportEngineActivity() {
    List<ContainerUsage> mig =
        fleet
            .workloads()
            .filter(w -> w.containers().getFirst().gpu() instanceof GpuAllocation.Mig)
            .map(
                w -> fleet.usage(w.ref().container(w.containers().getFirst().name())).orElseThrow())
            .toList();
    assertFalse(mig.isEmpty());
    for (ContainerUsage slice : mig) {
      assertEquals(0, slice.history(Metric.GPU_UTILIZATION).max());
      assertTrue(mean(slice.history(Metric.GPU_ENGINE_ACTIVE)) > 0.05);
    }
  }

  @Test
  void historyCoversFourteenDaysAtOneMinuteUpToTheCurrentMinute() {
    for (ContainerUsage usage : fleet.usage().values()) {
      Series cpu = usage.history(Metric.CPU_CORES);
      assertEquals(14 * 1440, cpu.size());
      assertEquals(60, cpu.stepSeconds());
      assertEquals(Instant.parse("2026-11-20T15:00:00Z"), cpu.end());
    }
  }

  @Test
  void advancingTheClockAppendsCompletedMinutesAndKeepsFourteenDays() throws InterruptedException {
    MutableClock clock = new MutableClock(NOW);
    DemoFleetSource source =
        new DemoFleetSource(Simulator.DEFAULT_SEED, clock, Duration.ofSeconds(2));
    source.awaitHistory();
    ContainerUsage before = source.poll().usage().values().iterator().next();
    clock.advance(Duration.ofMinutes(5));
    ContainerUsage after = source.poll().usage(before.ref()).orElseThrow();
    Series was = before.history(Metric.CPU_CORES);
    Series is = after.history(Metric.CPU_CORES);
    assertEquals(was.end().plus(Duration.ofMinutes(5)), is.end());
    assertEquals(was.size(), is.size());
    assertEquals(was.get(5), is.get(0), "the window slid by five samples");
  }

  @Test
  void firstPollAnswersWithTheLiveFleetAtOnce() {
    DemoFleetSource source =
        new DemoFleetSource(
            Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(2));
    FleetSnapshot first = source.poll();
    assertEquals(fleet.workloads().count(), first.workloads().count());
    long reading =
        first.usage().values().stream().filter(u -> !Double.isNaN(u.now(Metric.CPU_CORES))).count();
    assertTrue(
        reading > 0.7 * first.usage().size(),
        "most containers have an instant reading: " + reading + " of " + first.usage().size());
  }

  private static List<ContainerUsage> usageOf(String behaviour) {
    return fleet
        .workloads()
        .filter(w -> behaviour.equals(w.labels().get("workload-type")))
        .map(w -> fleet.usage(w.ref().container(w.containers().getFirst().name())).orElseThrow())
        .toList();
  }

  private static ContainerSpec spec(ContainerUsage usage) {
    return fleet
        .cluster(usage.ref().workload().cluster())
        .orElseThrow()
        .workload(usage.ref().workload())
        .orElseThrow()
        .container(usage.ref().container())
        .orElseThrow();
  }

  private static double percentile(Series series, double q) {
    double[] values =
        Arrays.stream(series.toArray()).filter(v -> !Double.isNaN(v)).sorted().toArray();
    return values[(int) Math.ceil(q * values.length) - 1];
  }

  private static double mean(Series series) {
    return Arrays.stream(series.toArray())
        .filter(v -> !Double.isNaN(v))
        .average()
        .orElse(Double.NaN);
  }

  private static double meanAtLocalHours(Series series, int utcOffset, int fromHour, int toHour) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < series.size(); i++) {
      long localHour = Math.floorMod(series.epochSecondAt(i) / 3600 + utcOffset, 24);
      double v = series.get(i);
      if (localHour >= fromHour && localHour < toHour && !Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return sum / n;
  }
}
