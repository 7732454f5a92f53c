package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageCollectorTest {
  private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
  private static final Duration STEP = Duration.ofMinutes(5);
  private static final ClusterLabels REFS = new ClusterLabels(LabelNames.STANDARD.withClusterLabel("cluster"), "default");
  private static final Map<String, String> LABELS = Map.of("cluster", "c1", "namespace", "ml", "workload_kind", "Deployment",
      "workload", "inference", "container", "server");
  private static final ContainerRef REF = new WorkloadRef("c1", "ml", WorkloadKind.DEPLOYMENT, "inference").container("server");

  @Test
  void storesEachSampleAsTheStepEndingAtItsTimeWithGapsAsNaN() {
    UsageCollector collector = new UsageCollector(Metric.CPU_CORES, REFS, STEP, T0, 6, new HashMap<>());

    // Evaluated at 09:05, 09:10 and 09:25: the steps starting 09:00, 09:05 and 09:20; 09:10 and 09:15 are missing.
    collector.accept(LABELS, samples(T0.plus(STEP), 0.5, T0.plus(STEP.multipliedBy(2)), 0.25, T0.plus(STEP.multipliedBy(5)), 2.0));
    Series series = collector.snapshot(T0.plus(STEP.multipliedBy(6))).get(REF);

    assertEquals(T0, series.start());
    assertArrayEquals(new double[] {0.5, 0.25, Double.NaN, Double.NaN, 2.0, Double.NaN}, series.toArray());
  }

  @Test
  void skipsStepsItAlreadyHoldsSoARetriedRangeIsHarmless() {
    UsageCollector collector = new UsageCollector(Metric.CPU_CORES, REFS, STEP, T0, 6, new HashMap<>());

    collector.accept(LABELS, samples(T0.plus(STEP), 0.5, T0.plus(STEP.multipliedBy(2)), 0.25));
    collector.accept(LABELS, samples(T0.plus(STEP.multipliedBy(2)), 0.25, T0.plus(STEP.multipliedBy(3)), 1.0));

    assertArrayEquals(new double[] {0.5, 0.25, 1.0}, collector.snapshot(T0.plus(STEP.multipliedBy(3))).get(REF).toArray());
  }

  @Test
  void countsSeriesOfOwnersItCannotModel() {
    UsageCollector collector = new UsageCollector(Metric.CPU_CORES, REFS, STEP, T0, 6, new HashMap<>());
    Map<String, String> rollout = new HashMap<>(LABELS);
    rollout.put("workload_kind", "Rollout");

    collector.accept(rollout, samples(T0.plus(STEP), 0.5));

    assertEquals(1, collector.unattributed());
    assertEquals(Map.of(), collector.snapshot(T0.plus(STEP)));
  }

  static Samples samples(Object... timesAndValues) {
    Samples samples = new Samples();
    for (int i = 0; i < timesAndValues.length; i += 2) {
      samples.add(((Instant) timesAndValues[i]).toEpochMilli(), (Double) timesAndValues[i + 1]);
    }
    return samples;
  }
}
