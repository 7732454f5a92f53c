package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.LabelSelector;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Termination;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.DisruptionBudget;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: fabric8 kubernetes-server-mock in CRUD mode, listed through a read-only connection.
 * (Its watch speaks WebSocket only; the inventory's HTTP watch is tested against scripted answers
 * in InventoryWatchTest.)
 */
class InventoryCrudTest {
  private static final String CLUSTER =
      """
      apiVersion: v1
      kind: Node
      metadata:
        name: gpu-1
        labels: {node.kubernetes.io/instance-type: p4d.24xlarge, topology.kubernetes.io/zone: us-east-1a,
                 topology.kubernetes.io/region: us-east-1, nvidia.com/gpu.product: NVIDIA-A100-SXM4-40GB,
                 nvidia.com/gpu.memory: "40960", nvidia.com/gpu.count: "8"}
      spec: {providerID: "aws:///us-east-1a/i-0abc"}
      status:
        capacity: {cpu: "96", memory: 1152Gi, nvidia.com/mig-1g.5gb: "14", nvidia.com/mig-3g.20gb: "4"}
        allocatable: {cpu: 95500m, memory: 1100Gi, nvidia.com/mig-1g.5gb: "14", nvidia.com/mig-3g.20gb: "4"}
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: ml}
      ---
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: serving-7d9
        namespace: ml
        ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: serving, uid: u1, controller: true}]
      spec: {selector: {matchLabels: {app: serving}}, template: {metadata: {labels: {app: serving}}, spec: {containers: [{name: api, image: api}]}}}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: serving-7d9-a
        namespace: ml
        labels: {app: serving}
        ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: serving-7d9, uid: u2, controller: true}]
      spec:
        nodeName: gpu-1
        containers:
        - {name: sidecar, image: envoy}
        - {name: api, image: api, resources: {requests: {cpu: "1", memory: 2Gi}, limits: {memory: 2Gi, nvidia.com/gpu: "1"}}}
      status:
        phase: Running
        containerStatuses:
        - name: api
          restartCount: 3
          lastState: {terminated: {reason: OOMKilled, exitCode: 137, finishedAt: "2026-11-22T08:00:00Z"}}
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: retrain, namespace: ml}
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers: [{name: trainer, image: t, resources: {limits: {nvidia.com/mig-3g.20gb: "1"}}}]
      ---
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: retrain-2911
        namespace: ml
        ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: retrain, uid: u3, controller: true}]
      spec: {template: {spec: {restartPolicy: Never, containers: [{name: trainer, image: t}]}}}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: retrain-2911-x
        namespace: ml
        ownerReferences: [{apiVersion: batch/v1, kind: Job, name: retrain-2911, uid: u4, controller: true}]
      spec: {nodeName: gpu-1, containers: [{name: trainer, image: t}]}
      status: {phase: Running}
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: {name: serving, namespace: ml}
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: serving}
        minReplicas: 2
        maxReplicas: 10
        metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}]
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: serving-pdb, namespace: ml}
      spec: {minAvailable: 1, selector: {matchLabels: {app: serving}}}
      status: {disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1, expectedPods: 2}
      """;

  @TempDir Path dir;
  private Fabric8CrudServer server;
  private KubernetesFleetSource source;

  @BeforeEach
  void start() throws Exception {
    server = new Fabric8CrudServer();
    server.create(CLUSTER);
    server.create(Fixtures.deployment("serving", "1", "2Gi", 2));
    source =
        new KubernetesFleetSource(
            TestKubeconfigs.connect(server.kubeconfig(dir, "prod"), "prod", true),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    source.close();
    server.close();
  }

  @Test
  void mapsNodesWithGpusAndMigSlicesInstanceTypeAndZone_Fabric8Crud() throws Exception {
    Cluster cluster = source.poll().clusters().getFirst();
    assertEquals(Provider.AWS, cluster.provider());
    assertEquals("us-east-1", cluster.region());
    assertEquals("kubernetes:prod", cluster.sourceId());
    Node node = cluster.nodes().getFirst();
    assertEquals("p4d.24xlarge", node.instanceType());
    assertEquals("us-east-1a", node.zone());
    assertEquals(new Resources(96, 1152L << 30), node.capacity());
    assertEquals(new Resources(95.5, 1100L << 30), node.allocatable());
    assertEquals(
        new NodeGpus(
            "NVIDIA-A100-SXM4-40GB",
            8,
            40960L << 20,
            List.of(
                new NodeGpus.MigSlices(MigProfile.parse("1g.5gb"), 14),
                new NodeGpus.MigSlices(MigProfile.parse("3g.20gb"), 4))),
        node.gpus());
  }

  @Test
  void resolvesPodsToWorkloadsThroughReplicaSetsAndJobsWithTheirHpa_Fabric8Crud() throws Exception {
    Cluster cluster = source.poll().clusters().getFirst();
    Workload serving =
        cluster
            .workload(new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving"))
            .orElseThrow();
    assertEquals("search", serving.team());
    assertEquals(Optional.of("ranker"), serving.model());
    assertEquals(2, serving.desiredReplicas());
    assertEquals(List.of("serving-7d9-a"), serving.pods().stream().map(p -> p.name()).toList());
    assertEquals(3, serving.pods().getFirst().restarts());
    assertEquals(
        Optional.of(new Termination("OOMKilled", 137, Instant.parse("2026-11-22T08:00:00Z"))),
        serving.pods().getFirst().containers().get(1).lastTermination());
    assertEquals(new Resources(1, 2L << 30), serving.container("api").orElseThrow().requests());
    assertEquals(
        new Resources(Double.POSITIVE_INFINITY, 2L << 30),
        serving.container("api").orElseThrow().limits());
    assertEquals(new GpuAllocation.Whole(1), serving.container("api").orElseThrow().gpu());
    assertEquals(OptionalDouble.of(0.7), serving.autoscaler().orElseThrow().targetCpuUtilization());

    Workload retrain =
        cluster
            .workload(new WorkloadRef("prod", "ml", WorkloadKind.CRON_JOB, "retrain"))
            .orElseThrow();
    assertEquals(List.of("retrain-2911-x"), retrain.pods().stream().map(p -> p.name()).toList());
    assertEquals(
        new GpuAllocation.Mig(MigProfile.parse("3g.20gb"), 1),
        retrain.containers().getFirst().gpu());

    assertEquals(
        Map.of(
            new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving"),
            List.of(
                new DisruptionBudget(
                    "serving-pdb", 1, LabelSelector.of(Map.of("app", "serving"), List.of())))),
        source.inventory().orElseThrow().disruptionBudgets());
  }
}
