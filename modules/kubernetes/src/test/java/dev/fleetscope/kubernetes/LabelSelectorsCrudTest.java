package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.DisruptionBudget;
import dev.fleetscope.model.change.WorkloadState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: fabric8 kubernetes-server-mock in CRUD mode (it ignores set-based terms of a {@code
 * labelSelector} query, so the client's own match of the answer is what picks the pods here). A
 * Deployment that picks its pods with {@code matchExpressions} still finds them, and
 * PodDisruptionBudgets written with expressions, an empty selector or none at all cover its pods by
 * the API's rules.
 */
class LabelSelectorsCrudTest {
  private static final WorkloadRef SERVING =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving");
  private static final String OBJECTS =
      """
      apiVersion: v1
      kind: Namespace
      metadata: {name: ml}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: serving, namespace: ml}
      spec:
        replicas: 2
        selector:
          matchExpressions: [{key: app, operator: In, values: [serving, serving-v2]}]
        template:
          metadata: {labels: {app: serving, tier: gpu}}
          spec: {containers: [{name: api, image: api, resources: {requests: {cpu: "1", memory: 2Gi}}}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: serving-a, namespace: ml, labels: {app: serving, tier: gpu}}
      spec: {containers: [{name: api, image: api, resources: {requests: {cpu: "1", memory: 2Gi}}}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: batch-a, namespace: ml, labels: {app: batch}}
      spec: {containers: [{name: job, image: job}]}
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: gpu-pdb, namespace: ml}
      spec:
        minAvailable: 2
        selector:
          matchExpressions:
          - {key: tier, operator: In, values: [gpu]}
          - {key: canary, operator: DoesNotExist}
      status: {disruptionsAllowed: 0}
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: cpu-pdb, namespace: ml}
      spec:
        minAvailable: 1
        selector: {matchLabels: {app: serving}, matchExpressions: [{key: tier, operator: NotIn, values: [gpu]}]}
      status: {disruptionsAllowed: 0}
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: whole-namespace, namespace: ml}
      spec: {maxUnavailable: 1, selector: {}}
      status: {disruptionsAllowed: 1}
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: no-selector, namespace: ml}
      spec: {maxUnavailable: 1}
      status: {disruptionsAllowed: 0}
      """;

  @TempDir Path dir;
  private Fabric8CrudServer cluster;

  @BeforeEach
  void start() {
    cluster = new Fabric8CrudServer();
    cluster.create(OBJECTS);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void theWriterFindsPodsBySetBasedSelectorsAndJudgesBudgetsByTheirs_Fabric8Crud()
      throws Exception {
    KubernetesClusterWriter writer =
        new KubernetesClusterWriter(
            new Connections(
                new ClusterConnector(
                    Kubeconfig.load(List.of(cluster.kubeconfig(dir, "prod"))), true)));

    WorkloadState state = writer.read(SERVING);

    assertEquals(List.of("serving-a"), state.podNames());
    assertEquals(
        List.of("gpu-pdb", "whole-namespace"),
        state.coveringBudgets().stream().map(DisruptionBudget::name).toList());
  }

  @Test
  void theInventoryCoversAWorkloadWithTheBudgetsWhoseSelectorsPickItsPods_Fabric8Crud()
      throws Exception {
    try (KubernetesFleetSource source =
        new KubernetesFleetSource(
            TestKubeconfigs.connect(cluster.kubeconfig(dir, "prod"), "prod", true),
            Clock.systemUTC())) {
      source.poll();

      Map<WorkloadRef, List<DisruptionBudget>> budgets =
          source.inventory().orElseThrow().disruptionBudgets();
      assertEquals(
          List.of("gpu-pdb", "whole-namespace"),
          budgets.get(SERVING).stream().map(DisruptionBudget::name).sorted().toList());
    }
  }
}
