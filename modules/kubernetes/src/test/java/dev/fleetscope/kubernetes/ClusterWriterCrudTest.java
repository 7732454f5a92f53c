package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import io.fabric8.kubernetes.api.model.Quantity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: fabric8 kubernetes-server-mock in CRUD mode. Its watch speaks WebSocket only, so here a
 * rollout is followed by reading; the HTTP watch itself is exercised against scripted answers
 * (ClusterWriterScriptedTest).
 */
class ClusterWriterCrudTest {
  private static final WorkloadRef SERVING =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving");
  private static final ContainerResources BEFORE =
      new ContainerResources(
          Map.of("cpu", "1", "memory", "2Gi"), Map.of("memory", "2Gi", "nvidia.com/gpu", "1"));
  private static final ContainerResources AFTER =
      new ContainerResources(
          Map.of("cpu", "250m", "memory", "1536Mi"),
          Map.of("memory", "1536Mi", "nvidia.com/gpu", "1"));

  @TempDir Path dir;
  private Fabric8CrudServer cluster;
  private KubernetesClusterWriter writer;

  @BeforeEach
  void start() throws Exception {
    cluster = new Fabric8CrudServer();
    cluster.create(Fixtures.deployment("serving", "1", "2Gi", 3));
    writer = cluster.writer(dir);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private Map<String, Quantity> apiRequests() {
    return cluster
        .client
        .apps()
        .deployments()
        .inNamespace("ml")
        .withName("serving")
        .get()
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(1)
        .getResources()
        .getRequests();
  }

  @Test
  void findsTheWorkloadByNameAndReadsExactQuantities_Fabric8Crud() throws Exception {
    WorkloadState state = writer.find("prod", "ml", "serving").orElseThrow();
    assertEquals(SERVING, state.ref());
    assertEquals(List.of("sidecar", "api"), List.copyOf(state.containers().keySet()));
    assertEquals(BEFORE, state.container("api").orElseThrow());
    assertEquals(ContainerResources.NONE, state.container("sidecar").orElseThrow());
    assertEquals(3, state.replicas());
    assertTrue(writer.find("prod", "ml", "absent").isEmpty());
  }

  @Test
  void appliesAJsonPatchPinnedByTestOperations_Fabric8Crud() throws Exception {
    writer.apply(
        new WorkloadChange(SERVING, List.of(new ContainerChange("api", BEFORE, AFTER))),
        ApplyMethod.ROLLOUT);
    assertEquals(new Quantity("250m"), apiRequests().get("cpu"));
    assertEquals(new Quantity("1536Mi"), apiRequests().get("memory"));
    assertEquals(AFTER, writer.read(SERVING).container("api").orElseThrow());
  }

  @Test
  void refusesWithAConflictWhenTheWorkloadChangedSinceThePreview_Fabric8Crud() throws Exception {
    WorkloadState preview = writer.read(SERVING);
    cluster
        .client
        .apps()
        .deployments()
        .inNamespace("ml")
        .withName("serving")
        .edit(
            d -> {
              d.getSpec()
                  .getTemplate()
                  .getSpec()
                  .getContainers()
                  .get(1)
                  .getResources()
                  .getRequests()
                  .put("cpu", new Quantity("2"));
              return d;
            });
    var change =
        new WorkloadChange(
            SERVING,
            List.of(new ContainerChange("api", preview.container("api").orElseThrow(), AFTER)));
    var e =
        assertThrows(ClusterWriteException.class, () -> writer.apply(change, ApplyMethod.ROLLOUT));
    assertEquals(ClusterWriteException.Reason.CONFLICT, e.reason(), e.getMessage());
    assertEquals(new Quantity("2"), apiRequests().get("cpu"), "the other edit was not overwritten");
  }

  @Test
  void refusesWhenTheContainerIsGone_Fabric8Crud() {
    var change = new WorkloadChange(SERVING, List.of(new ContainerChange("worker", BEFORE, AFTER)));
    var e =
        assertThrows(ClusterWriteException.class, () -> writer.apply(change, ApplyMethod.ROLLOUT));
    assertEquals(
        "Deployment prod/ml/serving no longer has a container named worker", e.getMessage());
  }

  /** Plays the Deployment controller: reports the new generation as observed and rolled out. */
  private void controllerCatchesUp() {
    cluster
        .client
        .apps()
        .deployments()
        .inNamespace("ml")
        .withName("serving")
        .editStatus(
            d -> {
              d.getStatus().setObservedGeneration(d.getMetadata().getGeneration());
              return d;
            });
  }

  @Test
  void followsTheRolloutToCompletionAndRollsBackToTheExactPreviousValues_Fabric8Crud()
      throws Exception {
    var change = new WorkloadChange(SERVING, List.of(new ContainerChange("api", BEFORE, AFTER)));
    writer.apply(change, ApplyMethod.ROLLOUT);
    assertEquals(
        new RolloutState.Progressing("waiting for the controller to see the new template"),
        writer.rollout(change, ApplyMethod.ROLLOUT, Duration.ZERO));
    Thread controller =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    Thread.sleep(300);
                  } catch (InterruptedException e) {
                    return;
                  }
                  controllerCatchesUp();
                });
    assertEquals(
        new RolloutState.Complete(),
        writer.rollout(change, ApplyMethod.ROLLOUT, Duration.ofSeconds(10)));
    controller.join();
    writer.apply(change.reversed(), ApplyMethod.ROLLOUT);
    assertEquals(BEFORE, writer.read(SERVING).container("api").orElseThrow());
  }
}
