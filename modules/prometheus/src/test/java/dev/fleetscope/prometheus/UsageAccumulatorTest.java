package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.SeriesBuffer;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageAccumulatorTest {
  private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
  private static final Duration STEP = Duration.ofMinutes(5);
  private static final ClusterLabels CLUSTERS =
      new ClusterLabels(LabelNames.STANDARD.withClusterLabel("cluster"), "default");
  private static final OwnerIndex OWNERS =
      OwnerIndex.of(
          List.of(
              Map.of(
                  "__name__",
                  "kube_pod_owner",
                  "cluster",
                  "c1",
                  "namespace",
                  "ml",
                  "pod",
                  "api-1-a",
                  "owner_kind",
                  "ReplicaSet",
                  "owner_name",
                  "api-1"),
              Map.of(
                  "__name__",
                  "kube_pod_owner",
                  "cluster",
                  "c1",
                  "namespace",
                  "ml",
                  "pod",
                  "api-2-b",
                  "owner_kind",
                  "ReplicaSet",
                  "owner_name",
                  "api-2"),
              Map.of(
                  "__name__",
                  "kube_replicaset_owner",
                  "cluster",
                  "c1",
                  "namespace",
                  "ml",
                  "replicaset",
                  "api-1",
                  "owner_kind",
                  "Deployment",
                  "owner_name",
                  "api"),
              Map.of(
                  "__name__",
                  "kube_replicaset_owner",
                  "cluster",
                  "c1",
                  "namespace",
                  "ml",
                  "replicaset",
                  "api-2",
                  "owner_kind",
                  "Deployment",
                  "owner_name",
                  "api")),
          CLUSTERS);
  private static final ContainerRef APP =
      new WorkloadRef("c1", "ml", WorkloadKind.DEPLOYMENT, "api").container("app");

  /** Evaluation times 09:05 .. 09:30: six steps, the first starting 09:00. */
  private static final StepGrid GRID = new StepGrid(T0.plus(STEP), STEP, 6);

  @Test
  void keepsTheBusiestPodOfAWorkloadContainerInEachStepAndNaNWhereNoneRan() {
    UsageAccumulator usage = new UsageAccumulator(Metric.CPU_CORES, GRID, OWNERS);

    // api-1-a ran the first three steps, api-2-b (the rollout's new ReplicaSet) from the third;
    // step 4 is missing.
    usage.accept(pod("api-1-a"), samples(at(1), 0.5, at(2), 0.25, at(3), 1.0));
    usage.accept(pod("api-2-b"), samples(at(3), 0.75, at(5), 2.0, at(6), 1.5));
    Series series = usage.series().get(APP);

    assertEquals(T0, series.start());
    assertArrayEquals(new double[] {0.5, 0.25, 1.0, Double.NaN, 2.0, 1.5}, series.toArray());
  }

  @Test
  void countsSeriesOfPodsWithoutAModelledOwner() {
    UsageAccumulator usage = new UsageAccumulator(Metric.CPU_CORES, GRID, OWNERS);

    usage.accept(pod("debug-shell"), samples(at(1), 0.5));

    assertEquals(1, usage.unattributed());
    assertEquals(Map.of(), usage.series());
  }

  @Test
  void appendsToLiveBuffersAfterPaddingTheStepsTheyMissed() {
    Map<ContainerRef, SeriesBuffer> buffers = new HashMap<>();
    SeriesBuffer earlier =
        new SeriesBuffer(Metric.CPU_CORES, T0.minus(STEP.multipliedBy(2)), STEP, 100);
    earlier.append(0.125);
    buffers.put(APP, earlier);
    UsageAccumulator usage =
        new UsageAccumulator(Metric.CPU_CORES, new StepGrid(T0.plus(STEP), STEP, 1), OWNERS);
    usage.accept(pod("api-1-a"), samples(at(1), 0.5));

    usage.appendTo(buffers, 100);

    assertArrayEquals(new double[] {0.125, Double.NaN, 0.5}, buffers.get(APP).snapshot().toArray());
  }

  private static Map<String, String> pod(String name) {
    return Map.of("cluster", "c1", "namespace", "ml", "pod", name, "container", "app");
  }

  private static Instant at(int steps) {
    return T0.plus(STEP.multipliedBy(steps));
  }

  static Samples samples(Object... timesAndValues) {
    Samples samples = new Samples();
    for (int i = 0; i < timesAndValues.length; i += 2) {
      samples.add(((Instant) timesAndValues[i]).toEpochMilli(), (Double) timesAndValues[i + 1]);
    }
    return samples;
  }
}
