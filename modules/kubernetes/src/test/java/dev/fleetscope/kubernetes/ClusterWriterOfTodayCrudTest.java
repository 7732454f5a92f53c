package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import io.fabric8.kubernetes.api.model.Quantity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: fabric8 kubernetes-server-mock in CRUD mode (JSON Patch with test operations is served
 * faithfully) holding {@code today/cluster.yaml}: the writer reads what the guard rails judge (VPA,
 * container kinds, resize policies, JVMs, pod-level resources) and patches native sidecars,
 * pod-level resources and a CronJob's job template where they live.
 */
class ClusterWriterOfTodayCrudTest {
  @TempDir Path dir;
  private Fabric8CrudServer cluster;
  private KubernetesClusterWriter writer;

  @BeforeEach
  void start() throws Exception {
    cluster = new Fabric8CrudServer();
    cluster.createAny(InventoryOfTodayCrudTest.resource("today/cluster.yaml"));
    writer = cluster.writer(dir);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static WorkloadRef ref(WorkloadKind kind, String name) {
    return new WorkloadRef("prod", "ml", kind, name);
  }

  @Test
  void readsTheVpaContainerKindsResizePoliciesAndJvmOfAWorkload_Fabric8Crud() throws Exception {
    WorkloadState ranker = writer.find("prod", "ml", "ranker").orElseThrow();
    assertEquals(
        List.of("api", "warm-cache", "istio-proxy"), List.copyOf(ranker.containers().keySet()));
    VerticalAutoscaler vpa = ranker.verticalAutoscaler().orElseThrow();
    assertEquals("ranker-vpa", vpa.name());
    assertTrue(vpa.manages("api"));
    assertEquals(ContainerKind.SIDECAR, ranker.traits("istio-proxy").kind());
    assertEquals(ContainerKind.INIT, ranker.traits("warm-cache").kind());
    assertTrue(ranker.traits("api").memoryResizeRestarts());
    assertEquals(false, ranker.traits("api").cpuResizeRestarts());
    assertEquals(2L << 30, ranker.traits("api").jvm().orElseThrow().maxHeapBytes().getAsLong());
    assertEquals(
        Optional.empty(), writer.read(ref(WorkloadKind.DEPLOYMENT, "web")).verticalAutoscaler());
  }

  @Test
  void patchesANativeSidecarAmongTheInitContainers_Fabric8Crud() throws Exception {
    WorkloadState ranker = writer.read(ref(WorkloadKind.DEPLOYMENT, "ranker"));
    ContainerResources before = ranker.container("istio-proxy").orElseThrow();
    ContainerResources after =
        new ContainerResources(Map.of("cpu", "50m", "memory", "96Mi"), Map.of("memory", "192Mi"));
    writer.apply(
        new WorkloadChange(
            ranker.ref(), List.of(new ContainerChange("istio-proxy", before, after))),
        ApplyMethod.ROLLOUT);
    var sidecar =
        cluster
            .client
            .apps()
            .deployments()
            .inNamespace("ml")
            .withName("ranker")
            .get()
            .getSpec()
            .getTemplate()
            .getSpec()
            .getInitContainers()
            .get(1);
    assertEquals("istio-proxy", sidecar.getName());
    assertEquals(new Quantity("96Mi"), sidecar.getResources().getRequests().get("memory"));
    assertEquals(after, writer.read(ranker.ref()).container("istio-proxy").orElseThrow());
  }

  @Test
  void patchesPodLevelResourcesAndTheContainersSharesInOnePatch_Fabric8Crud() throws Exception {
    WorkloadState podSized = writer.read(ref(WorkloadKind.DEPLOYMENT, "pod-sized"));
    ContainerResources pod = podSized.podResources().orElseThrow();
    assertEquals(
        new ContainerResources(
            Map.of("cpu", "2", "memory", "4Gi"), Map.of("cpu", "4", "memory", "4Gi")),
        pod);
    ContainerResources newPod =
        new ContainerResources(
            Map.of("cpu", "1", "memory", "3Gi"), Map.of("cpu", "2", "memory", "3Gi"));
    ContainerResources app = podSized.container("app").orElseThrow();
    ContainerResources newApp = new ContainerResources(Map.of("cpu", "750m"), Map.of());
    writer.apply(
        new WorkloadChange(
            podSized.ref(),
            List.of(
                new ContainerChange(ContainerChange.POD, pod, newPod),
                new ContainerChange("app", app, newApp))),
        ApplyMethod.ROLLOUT);
    WorkloadState now = writer.read(podSized.ref());
    assertEquals(Optional.of(newPod), now.podResources());
    assertEquals(newApp, now.container("app").orElseThrow());
  }

  @Test
  void aCronJobIsChangedInItsJobTemplate_Fabric8Crud() throws Exception {
    WorkloadState features = writer.find("prod", "ml", "features").orElseThrow();
    assertEquals(WorkloadKind.CRON_JOB, features.ref().kind());
    assertEquals(false, features.podTemplateImmutable());
    ContainerResources before = features.container("build").orElseThrow();
    ContainerResources after =
        new ContainerResources(Map.of("cpu", "1500m", "memory", "5Gi"), Map.of("memory", "5Gi"));
    writer.apply(
        new WorkloadChange(features.ref(), List.of(new ContainerChange("build", before, after))),
        ApplyMethod.ROLLOUT);
    var build =
        cluster
            .client
            .batch()
            .v1()
            .cronjobs()
            .inNamespace("ml")
            .withName("features")
            .get()
            .getSpec()
            .getJobTemplate()
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0);
    assertEquals(new Quantity("1500m"), build.getResources().getRequests().get("cpu"));
  }
}
