package dev.fleetscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.hpa.HpaReplay;
import dev.fleetscope.engine.hpa.HpaSimulator;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.ScalingMetric;
import dev.fleetscope.model.UnitPrices;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Replays on generated histories of HPA-scaled services: the replicas the HPA would run, and the
 * scale-out loop of KRR#80 that every strategy's request is kept out of.
 */
class AutoscalerReplayTest {
  private static final int STEP = 60;
  private static final int DAYS = 7;
  private static final long GIB = 1L << 30;
  private static final HorizontalAutoscaler CPU_70 =
      new HorizontalAutoscaler(2, 60, OptionalDouble.of(0.7));

  /** Total load of the service, cores: 4 at night to 10 at mid-day, with noise. */
  private static double[] load(long seed) {
    Random random = new Random(seed);
    double[] load = new double[DAYS * 1440];
    for (int i = 0; i < load.length; i++) {
      double day = Math.sin(2 * Math.PI * ((i % 1440) / 1440.0 - 0.25)) * 0.5 + 0.5;
      load[i] = (4 + 6 * day) * Math.exp(0.05 * random.nextGaussian());
    }
    return load;
  }

  /**
   * What the metrics would record per replica while the HPA runs the service at {@code request}:
   * the load shared by the replicas the HPA keeps.
   */
  private static UsageHistory recorded(double[] load, double request) {
    int[] replicas = replicas(load, request);
    double[] cpu = new double[load.length];
    double[] memory = new double[load.length];
    for (int i = 0; i < load.length; i++) {
      cpu[i] = load[i] / replicas[i];
      memory[i] = 600.0 * (1 << 20);
    }
    return UsageHistory.of(0, STEP, cpu, memory);
  }

  private static int[] replicas(double[] load, double request) {
    return HpaSimulator.replicas(load, 1, request, 0.7, CPU_70, STEP);
  }

  /**
   * The facts the fleet gives: the replicas running now (the model keeps no replica history, so the
   * engine takes them as the ones that ran).
   */
  private static ContainerFacts facts(double[] load, double request) {
    int[] replicas = replicas(load, request);
    return new ContainerFacts(
        Sizing.of(request, Double.POSITIVE_INFINITY, GIB, GIB),
        (int) Math.round(HpaSimulator.mean(replicas)),
        1,
        Optional.of(CPU_70),
        dev.fleetscope.model.GpuAllocation.NONE);
  }

  @Test
  void theHpaFormulaScalesOutOnlyBeyondItsToleranceAndDownOnlyAfterItsWindow() {
    HorizontalAutoscaler hpa = new HorizontalAutoscaler(1, 10, OptionalDouble.of(0.5));
    // 4 replicas at 1 core each: use 0.54 is within 10% of the target, 0.6 is not
    int[] steady = HpaSimulator.replicas(new double[] {0.54, 0.54}, 4, 1, 0.5, hpa, STEP);
    assertEquals(List.of(4, 4), List.of(steady[0], steady[1]));
    int[] out = HpaSimulator.replicas(new double[] {0.6}, 4, 1, 0.5, hpa, STEP);
    assertEquals(5, out[0]); // ceil(4 x 0.6 / 0.5) = ceil(4.8)
    double[] drop = {1.0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
    int[] down = HpaSimulator.replicas(drop, 4, 1, 0.5, hpa, STEP);
    assertEquals(8, down[0]);
    assertEquals(8, down[4], "held for the five-minute downscale window");
    assertEquals(1, down[6], "then down to the floor");
  }

  @Test
  void withoutTheFloorKrrsPercentileRatchetsTheRequestDownAndEveryStrategyIsHeldAtIt() {
    double[] load = load(11);
    double raw = 1;
    double held = 1;
    Rightsizer percentile = new Rightsizer(PercentileStrategy.DEFAULT);
    List<Double> heldSeries = new java.util.ArrayList<>();
    for (int round = 0; round < 5; round++) {
      raw =
          PercentileStrategy.DEFAULT
              .propose(recorded(load, raw), facts(load, raw))
              .sizing()
              .cpuRequest();
      held =
          percentile
              .recommend(recorded(load, held), facts(load, held), UnitPrices.DEFAULT)
              .proposed()
              .cpuRequest();
      heldSeries.add(held);
    }
    assertTrue(raw < 0.45, "KRR's p95 follows the HPA down round after round: " + raw);
    for (int i = 1; i < heldSeries.size(); i++) {
      assertTrue(heldSeries.get(i) >= 0.95 * heldSeries.get(i - 1), "held: " + heldSeries);
    }
    assertTrue(held > 0.85, "held at the median use over the target: " + heldSeries);
  }

  @Test
  void theReplayShowsTheReplicasTheHpaWouldRunWithTheProposedRequest() {
    double[] load = load(12);
    UsageHistory history = recorded(load, 1);
    ContainerFacts facts = facts(load, 1);
    Replay halved =
        Replayer.replay(
            history,
            facts,
            Sizing.of(0.5, Double.POSITIVE_INFINITY, GIB, GIB),
            0,
            UnitPrices.DEFAULT);
    HpaReplay hpa = halved.hpa().orElseThrow();
    assertEquals("cpu", hpa.resource());
    assertEquals(hpa.meanNow() * 2, hpa.meanProposed(), hpa.meanNow() * 0.15);
    assertTrue(hpa.scalesOut());
    assertTrue(hpa.describe().startsWith("the HPA (cpu at 70%) would run"), hpa.describe());
    Replay recommended =
        Replayer.replay(
            history,
            facts,
            new Rightsizer(FleetscopeStrategy.DEFAULT)
                .recommend(history, facts, UnitPrices.DEFAULT)
                .proposed(),
            0,
            UnitPrices.DEFAULT);
    assertFalse(recommended.hpa().orElseThrow().scalesOut(), recommended.hpa().toString());
  }

  @Test
  void aMemoryUtilizationTargetHoldsTheMemoryRequestAndTheOtherMetricsAreNamed() {
    HorizontalAutoscaler hpa =
        new HorizontalAutoscaler(
            "worker",
            1,
            20,
            List.of(
                ScalingMetric.utilization("memory", 0.8),
                new ScalingMetric(
                    ScalingMetric.Source.EXTERNAL,
                    "s0-kafka-orders",
                    Optional.empty(),
                    ScalingMetric.Target.AVERAGE_VALUE,
                    50)),
            Optional.of("worker"));
    double[] cpu = new double[DAYS * 1440];
    double[] memory = new double[cpu.length];
    java.util.Arrays.fill(cpu, 0.2);
    java.util.Arrays.fill(memory, 1.6 * GIB);
    ContainerFacts facts =
        ContainerFacts.of(Sizing.of(1, Double.POSITIVE_INFINITY, 2 * GIB, 4 * GIB))
            .withAutoscaler(hpa);
    Recommendation r =
        new Rightsizer(FleetscopeStrategy.DEFAULT)
            .recommend(UsageHistory.of(0, STEP, cpu, memory), facts, UnitPrices.DEFAULT);
    // 1.6 GiB + headroom would be 95% of the request: the HPA would run two replicas for no saving;
    // held where one replica stays within its tolerance (1.6 GiB / 0.88)
    assertTrue(r.proposed().memoryRequest() >= 1.6 * GIB / 0.88, r.reason());
    assertTrue(r.proposed().memoryRequest() < 2 * GIB, r.reason());
    assertTrue(r.reason().contains("Memory request held at"), r.reason());
    HpaReplay replay = r.replay().hpa().orElseThrow();
    assertEquals(1.0, replay.meanProposed());
    assertEquals("external metric s0-kafka-orders averaging 50 per pod", replay.otherMetrics());
  }
}
