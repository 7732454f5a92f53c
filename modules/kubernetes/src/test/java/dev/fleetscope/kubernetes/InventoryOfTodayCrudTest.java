package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.GpuClaim;
import dev.fleetscope.model.GpuSource;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.JobRuns;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.ScalingMetric;
import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: fabric8 kubernetes-server-mock in CRUD mode serving the objects of {@code
 * today/cluster.yaml} (VPA, HPA with every metric source, a KEDA ScaledObject and the HPA it owns,
 * pod-level resources, DRA claims and slices, a CronJob's Jobs and Jobs grouped by label, a JVM, a
 * native sidecar), listed through a read-only connection as the inventory lists any cluster.
 */
class InventoryOfTodayCrudTest {
  private static final long GI = 1L << 30;
  @TempDir static Path dir;
  private static Fabric8CrudServer server;
  private static Cluster cluster;

  @BeforeAll
  static void list() throws Exception {
    server = new Fabric8CrudServer();
    server.createAny(resource("today/cluster.yaml"));
    try (KubernetesFleetSource source =
        new KubernetesFleetSource(
            TestKubeconfigs.connect(server.kubeconfig(dir, "prod"), "prod", true),
            Clock.systemUTC())) {
      cluster = source.poll().clusters().getFirst();
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String resource(String name) throws IOException {
    try (InputStream in =
        InventoryOfTodayCrudTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Workload workload(WorkloadKind kind, String name) {
    return cluster.workload(new WorkloadRef("prod", "ml", kind, name)).orElseThrow();
  }

  @Test
  void
      aVpaIsReadWithItsModePolicyAndTargetsAndManagesEveryContainerItsPolicyDoesNotTurnOff_Fabric8Crud() {
    Workload ranker = workload(WorkloadKind.DEPLOYMENT, "ranker");
    VerticalAutoscaler vpa = ranker.verticalAutoscaler().orElseThrow();
    assertEquals(VerticalAutoscaler.UpdateMode.IN_PLACE_OR_RECREATE, vpa.mode());
    assertEquals(new Resources(0.25, GI), vpa.policy("api").minAllowed());
    assertEquals(new Resources(4, 8 * GI), vpa.policy("api").maxAllowed());
    assertEquals(new Resources(0.7, 2600L << 20), vpa.targets().get("api"));
    assertTrue(ranker.managedByVpa("api"));
    assertFalse(ranker.managedByVpa("istio-proxy"));
    assertEquals("VPA ranker-vpa (InPlaceOrRecreate)", ranker.governedBy());
  }

  @Test
  void anHpaKeepsEveryMetricSourceItScalesOn_Fabric8Crud() {
    HorizontalAutoscaler hpa = workload(WorkloadKind.DEPLOYMENT, "web").autoscaler().orElseThrow();
    assertEquals(2, hpa.minReplicas());
    assertEquals(12, hpa.maxReplicas());
    assertEquals(
        List.of(
            ScalingMetric.Source.RESOURCE,
            ScalingMetric.Source.CONTAINER_RESOURCE,
            ScalingMetric.Source.PODS,
            ScalingMetric.Source.OBJECT,
            ScalingMetric.Source.EXTERNAL),
        hpa.metrics().stream().map(ScalingMetric::source).toList());
    assertEquals(OptionalDouble.of(0.6), hpa.utilizationTarget("cpu", "web"));
    assertEquals(OptionalDouble.of(0.8), hpa.utilizationTarget("memory", "web"));
    assertEquals(2000, hpa.metrics().get(3).value());
    assertEquals(
        "external metric pubsub_undelivered_messages averaging 30 per pod",
        hpa.metrics().get(4).describe());
    assertFalse(hpa.ownedByKeda());
  }

  @Test
  void kedasHpaIsTheWorkloadsAutoscalerMarkedWithItsScaledObject_Fabric8Crud() {
    Workload worker = workload(WorkloadKind.DEPLOYMENT, "orders-worker");
    HorizontalAutoscaler hpa = worker.autoscaler().orElseThrow();
    assertEquals(Optional.of("orders-worker"), hpa.scaledObject());
    assertEquals("keda-hpa-orders-worker", hpa.name());
    assertEquals(OptionalDouble.of(0.7), hpa.utilizationTarget("cpu", "worker"));
    assertTrue(
        worker
            .governedBy()
            .startsWith("KEDA ScaledObject orders-worker (HPA keda-hpa-orders-worker"));
  }

  @Test
  void podLevelResourcesAreReadAndTheContainersKeepTheirOwn_Fabric8Crud() {
    Workload podSized = workload(WorkloadKind.DEPLOYMENT, "pod-sized");
    assertTrue(podSized.podLevel());
    assertEquals(
        Optional.of(new PodResources(new Resources(2, 4 * GI), new Resources(4, 4 * GI))),
        podSized.podResources());
    assertEquals(new Resources(1.5, 0), podSized.container("app").orElseThrow().requests());
    assertEquals(new Resources(2, 4 * GI), podSized.requestsPerReplica());
  }

  @Test
  void gpusHeldThroughAClaimFromATemplateAreThePodsGpusWithModelAndMemory_Fabric8Crud() {
    Workload trainer = workload(WorkloadKind.JOB, "trainer");
    assertEquals(GpuSource.DRA, trainer.gpuSource());
    assertEquals(new GpuAllocation.Whole(2), trainer.container("trainer").orElseThrow().gpu());
    assertEquals(2.0, trainer.gpusPerReplica());
    GpuClaim first = trainer.gpuClaims().getFirst();
    assertEquals("trainer-x7k2p-gpus-9wq4z", first.claim());
    assertEquals("NVIDIA H100 80GB HBM3", first.model());
    assertEquals(80 * GI, first.memoryBytes());
    assertEquals(Set.of("trainer"), first.containers());
    NodeGpus node = cluster.nodes().getFirst().gpus();
    assertEquals(NodeGpus.whole("NVIDIA H100 80GB HBM3", 2, 80 * GI), node);
    assertEquals(2, cluster.gpus());
  }

  @Test
  void aCronJobsJobsAreItsRunsAndJobsSharingTheGroupingLabelAreOneWorkload_Fabric8Crud() {
    JobRuns features = workload(WorkloadKind.CRON_JOB, "features").jobRuns().orElseThrow();
    assertEquals("CronJob features", features.groupedBy());
    assertEquals(List.of("features-29400060", "features-29400120"), features.jobs());
    assertEquals(java.time.Duration.ofSeconds(456), features.medianDuration().orElseThrow());
    assertTrue(cluster.workloads().noneMatch(w -> w.name().startsWith("features-")));

    Workload backfill = workload(WorkloadKind.JOB, "backfill");
    JobRuns runs = backfill.jobRuns().orElseThrow();
    assertEquals("app.kubernetes.io/name=backfill", runs.groupedBy());
    assertEquals(
        List.of(JobRuns.Outcome.SUCCEEDED, JobRuns.Outcome.FAILED),
        runs.runs().stream().map(JobRuns.Run::outcome).toList());
    assertTrue(backfill.job());
    assertTrue(cluster.workloads().noneMatch(w -> w.name().startsWith("backfill-run")));
  }

  @Test
  void aJvmIsRecognisedFromItsEnvironmentAndSidecarsAndInitContainersAreToldApart_Fabric8Crud() {
    Workload ranker = workload(WorkloadKind.DEPLOYMENT, "ranker");
    ContainerSpec api = ranker.container("api").orElseThrow();
    assertEquals(OptionalLong.of(2 * GI), api.jvm().orElseThrow().maxHeapBytes());
    assertEquals("-Xmx2g in JAVA_TOOL_OPTIONS", api.jvm().orElseThrow().evidence());
    assertTrue(ranker.runsJvm());
    assertEquals(
        List.of(ContainerKind.CONTAINER, ContainerKind.SIDECAR),
        ranker.containers().stream().map(ContainerSpec::kind).toList());
    assertEquals(
        List.of("warm-cache"), ranker.initContainers().stream().map(ContainerSpec::name).toList());
    // the init container's 2 cores (plus the sidecar beside it) outweigh app + sidecar
    assertEquals(new Resources(2.1, 3 * GI + (128L << 20)), ranker.requestsPerReplica());
  }
}
