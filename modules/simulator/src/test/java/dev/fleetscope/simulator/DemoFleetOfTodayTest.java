package dev.fleetscope.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuSource;
import dev.fleetscope.model.JobRuns;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo fleet holds one workload of each case of today's Kubernetes, and its history fits. */
class DemoFleetOfTodayTest {
  private static final String AWS = "aws-prod-use1";
  private static final long GI = 1L << 30;
  static FleetSnapshot fleet;

  @BeforeAll
  static void record() throws InterruptedException {
    fleet = DemoFleetTest.historyOf(Simulator.DEFAULT_SEED);
  }

  private static Workload workload(
      String cluster, String namespace, WorkloadKind kind, String name) {
    return fleet
        .cluster(cluster)
        .orElseThrow()
        .workload(new WorkloadRef(cluster, namespace, kind, name))
        .orElseThrow();
  }

  private static Series history(Workload w, String container, Metric metric) {
    return fleet.usage(w.ref().container(container)).orElseThrow().history(metric);
  }

  @Test
  void aVpaManagedServiceAnHpaOnCpuAndAKedaScaledWorker() {
    Workload rewriter = workload(AWS, "llm-serving", WorkloadKind.DEPLOYMENT, "query-rewriter");
    assertTrue(rewriter.managedByVpa("server"));
    assertEquals("VPA query-rewriter (InPlaceOrRecreate)", rewriter.governedBy());
    assertTrue(
        fleet
            .workloads()
            .anyMatch(
                w -> w.autoscaler().filter(h -> h.scalesOnCpu() && !h.ownedByKeda()).isPresent()));
    Workload consumer = workload(AWS, "ingestion", WorkloadKind.DEPLOYMENT, "orders-consumer");
    assertEquals(
        Optional.of("orders-consumer"), consumer.autoscaler().orElseThrow().scaledObject());
  }

  @Test
  void aPodSizedAtPodLevelAndAServiceWithANativeSidecarAndAnInitContainer() {
    Workload joiner = workload(AWS, "recsys-serving", WorkloadKind.DEPLOYMENT, "feature-joiner");
    assertTrue(joiner.podLevel());
    assertEquals(3.0, joiner.requestsPerReplica().cpuCores());
    Workload gateway = workload(AWS, "ml-platform", WorkloadKind.DEPLOYMENT, "model-gateway");
    assertEquals(
        List.of(ContainerKind.CONTAINER, ContainerKind.SIDECAR),
        gateway.containers().stream().map(ContainerSpec::kind).toList());
    assertEquals(
        List.of("fetch-models"),
        gateway.initContainers().stream().map(ContainerSpec::name).toList());
    assertFalse(
        history(gateway, "envoy", Metric.CPU_CORES).isEmpty(), "the sidecar runs and is measured");
  }

  @Test
  void aJvmWhoseWorkingSetSitsUnderItsFixedHeapPlusOverhead() {
    Workload payments =
        workload(AWS, "fraud-detection", WorkloadKind.DEPLOYMENT, "payments-scorer");
    var jvm = payments.container("server").orElseThrow().jvm().orElseThrow();
    assertEquals(3 * GI, jvm.maxHeapBytes().getAsLong());
    double peak = history(payments, "server", Metric.MEMORY_BYTES).max();
    assertTrue(peak > 2.8 * GI && peak < jvm.floorBytes(), "peak " + peak);
  }

  @Test
  void aTrainerHoldingItsGpusThroughADraClaimIsMeasuredOnThem() {
    Workload trainer =
        workload("gke-train-usc1", "training-nlp", WorkloadKind.JOB, "llm-finetune-dra");
    assertEquals(GpuSource.DRA, trainer.gpuSource());
    assertEquals(2.0, trainer.gpusPerReplica());
    assertTrue(history(trainer, "trainer", Metric.GPU_ENGINE_ACTIVE).max() > 0.8);
  }

  @Test
  void anHourlyCronJobsRunsAreWhereItsHistoryHasSamples() {
    Workload refresh = workload(AWS, "ml-platform", WorkloadKind.CRON_JOB, "embedding-refresh");
    JobRuns runs = refresh.jobRuns().orElseThrow();
    assertTrue(runs.runs().size() >= 14 * 24, "runs: " + runs.runs().size());
    Series cpu = history(refresh, "refresh", Metric.CPU_CORES);
    long start = cpu.start().getEpochSecond();
    int checked = 0;
    for (JobRuns.Run run : runs.runs()) {
      int first = (int) ((run.started().orElseThrow().getEpochSecond() - start) / 60);
      if (first > 0 && first + 9 < cpu.size()) {
        assertFalse(Double.isNaN(cpu.get(first)), run.job() + " has its first minute");
        assertTrue(Double.isNaN(cpu.get(first - 1)), run.job() + " starts after a gap");
        assertFalse(Double.isNaN(cpu.get(first + 8)));
        assertTrue(Double.isNaN(cpu.get(first + 9)), run.job() + " lasts 9 minutes");
        checked++;
      }
    }
    assertTrue(checked > 300);
    assertEquals(Optional.of(java.time.Duration.ofMinutes(9)), runs.medianDuration());
  }

  @Test
  void theDemoWriterShowsTheVpaAndAppliesPodLevelResources() throws Exception {
    Simulator simulator =
        new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(DemoFleetTest.NOW, ZoneOffset.UTC));
    DemoClusterWriter writer = new DemoClusterWriter(simulator);
    WorkloadState rewriter = writer.find(AWS, "llm-serving", "query-rewriter").orElseThrow();
    assertTrue(rewriter.verticalAutoscaler().orElseThrow().manages("server"));
    WorkloadState trainer =
        writer.find("gke-train-usc1", "training-nlp", "llm-finetune-dra").orElseThrow();
    assertEquals(
        Optional.empty(),
        trainer.container("trainer").orElseThrow().limit("nvidia.com/gpu"),
        "claimed GPUs are no extended resource");
    WorkloadState joiner = writer.find(AWS, "recsys-serving", "feature-joiner").orElseThrow();
    ContainerResources pod = joiner.podResources().orElseThrow();
    ContainerResources smaller =
        new ContainerResources(
            Map.of("cpu", "1500m", "memory", "3Gi"), Map.of("cpu", "3", "memory", "3Gi"));
    writer.apply(
        new WorkloadChange(
            joiner.ref(), List.of(new ContainerChange(ContainerChange.POD, pod, smaller))),
        ApplyMethod.ROLLOUT);
    assertEquals(Optional.of(smaller), writer.read(joiner.ref()).podResources());
  }
}
