package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Termination;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Inventory rows as kube-state-metrics' answers to {@link InventoryQueries} carry them, into model
 * records.
 */
class ClusterAssemblerTest {
  private static final LabelNames LABELS = LabelNames.STANDARD.withClusterLabel("cluster");
  private static final long GIB = 1L << 30;

  /**
   * Pod a asks 2 cores, 4 GiB and a GPU and is limited to 8 GiB; pod b (mid-rollout) 2 GiB, limited
   * to 6 GiB: the larger wins.
   */
  @Test
  void buildsADeploymentFromItsPodsWithRequestsLimitsGpusAndAutoscaler() {
    Cluster cluster = assemble(rows()).getFirst();
    Workload inference =
        cluster
            .workload(new WorkloadRef("c1", "ml", WorkloadKind.DEPLOYMENT, "inference"))
            .orElseThrow();

    assertEquals(
        List.of(
            new ContainerSpec(
                "server",
                Resources.of(2, 4 * GIB),
                Resources.of(Double.POSITIVE_INFINITY, 8 * GIB),
                new GpuAllocation.Whole(1))),
        inference.containers());
    assertEquals(3, inference.desiredReplicas());
    assertEquals(
        List.of("inference-7d9f-a", "inference-7d9f-b"),
        inference.pods().stream().map(p -> p.name()).toList());
    assertEquals(PodPhase.RUNNING, inference.pods().getFirst().phase());
    assertEquals("node-1", inference.pods().getFirst().node());
    assertEquals(
        Optional.of(new HorizontalAutoscaler(2, 6, OptionalDouble.of(0.7))),
        inference.autoscaler());
    assertEquals("ml-platform", inference.team());
    assertEquals(Optional.of("resnet"), inference.model());
  }

  @Test
  void readsTheLastTerminationAndDatesAnOomKillWithExitCode137WhenNoneIsReported() {
    Cluster cluster = assemble(rows()).getFirst();
    Workload store =
        cluster
            .workload(new WorkloadRef("c1", "ml", WorkloadKind.STATEFUL_SET, "feature-store"))
            .orElseThrow();

    var container = store.pods().getFirst().containers().getFirst();
    assertEquals(4, container.restarts());
    assertEquals(
        Optional.of(new Termination("OOMKilled", 137, Instant.ofEpochSecond(1_795_000_000))),
        container.lastTermination());
    assertEquals(1, store.desiredReplicas());
  }

  @Test
  void readsNodesProviderRegionAndMigSlices() {
    Cluster cluster = assemble(rows()).getFirst();

    assertEquals(Provider.AWS, cluster.provider());
    assertEquals("us-east-1", cluster.region());
    Node node = cluster.nodes().getFirst();
    assertEquals("node-1", node.name());
    assertEquals("p4d.24xlarge", node.instanceType());
    assertEquals("us-east-1a", node.zone());
    assertEquals(Resources.of(96, 1024 * GIB), node.capacity());
    assertEquals(Resources.of(95.5, 1000 * GIB), node.allocatable());
    assertEquals(
        new NodeGpus(
            "NVIDIA-A100-SXM4-40GB",
            2,
            40_960L << 20,
            List.of(new NodeGpus.MigSlices(MigProfile.parse("1g.5gb"), 7))),
        node.gpus());
  }

  @Test
  void skipsPodsWhoseOwnerIsNotAWorkloadKindFleetscopeModels() {
    List<List<Row>> rows = rows();
    rows.set(0, List.of(row(owner("pod", "canary-x", "Rollout", "canary"))));

    assertEquals(List.of(), assemble(rows).getFirst().workloads().toList());
  }

  /**
   * kube-scheduler counts the joiner's pod at 3 cores and 6 GiB though its one container asks 0.5
   * cores: set at pod level. The trainer's pod is counted at 2.25 cores, its init container's 2 and
   * the RuntimeClass overhead's 0.25: not pod level.
   */
  @Test
  void toldPodLevelResourcesFromTheSchedulersCountOfThePod() {
    List<List<Row>> rows = new ArrayList<>(rows().stream().map(ArrayList::new).toList());
    rows.get(0)
        .addAll(
            List.of(
                row(owner("pod", "joiner-1", "StatefulSet", "joiner")),
                row(owner("pod", "trainer-1", "StatefulSet", "trainer"))));
    rows.get(4)
        .addAll(
            List.of(
                row(resource("", "joiner-1", "app", "cpu"), 0.5),
                row(resource(InventoryQueries.SCHEDULER_REQUEST, "joiner-1", "", "cpu"), 3),
                row(
                    resource(InventoryQueries.SCHEDULER_REQUEST, "joiner-1", "", "memory"),
                    6 * GIB),
                row(resource("", "trainer-1", "app", "cpu"), 1),
                row(
                    resource(
                        "kube_pod_init_container_resource_requests", "trainer-1", "init", "cpu"),
                    2),
                row(resource("kube_pod_overhead_cpu_cores", "trainer-1", "", ""), 0.25),
                row(resource(InventoryQueries.SCHEDULER_REQUEST, "trainer-1", "", "cpu"), 2.25)));
    rows.get(5)
        .addAll(
            List.of(
                row(resource(InventoryQueries.SCHEDULER_LIMIT, "joiner-1", "", "cpu"), 4),
                row(
                    resource(InventoryQueries.SCHEDULER_LIMIT, "joiner-1", "", "memory"),
                    6 * GIB)));
    Cluster cluster = assemble(rows).getFirst();

    Workload joiner =
        cluster
            .workload(new WorkloadRef("c1", "ml", WorkloadKind.STATEFUL_SET, "joiner"))
            .orElseThrow();
    assertEquals(
        Optional.of(new PodResources(Resources.of(3, 6 * GIB), Resources.of(4, 6 * GIB))),
        joiner.podResources());
    assertEquals(Resources.of(0.5, 0), joiner.containers().getFirst().requests());
    Workload trainer =
        cluster
            .workload(new WorkloadRef("c1", "ml", WorkloadKind.STATEFUL_SET, "trainer"))
            .orElseThrow();
    assertEquals(Optional.empty(), trainer.podResources());
    assertEquals(
        Optional.empty(),
        cluster
            .workload(new WorkloadRef("c1", "ml", WorkloadKind.DEPLOYMENT, "inference"))
            .orElseThrow()
            .podResources(),
        "no scheduler figures: container requests only");
  }

  private static Map<String, String> resource(
      String metric, String pod, String container, String resource) {
    Map<String, String> labels = new HashMap<>();
    if (!metric.isEmpty()) {
      labels.put("__name__", metric);
    }
    labels.put("namespace", "ml");
    labels.put("pod", pod);
    if (!container.isEmpty()) {
      labels.put("container", container);
    }
    if (!resource.isEmpty()) {
      labels.put("resource", resource);
    }
    return labels;
  }

  private static List<Cluster> assemble(List<List<Row>> r) {
    InventoryRows rows =
        new InventoryRows(
            r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7),
            r.get(8), r.get(9), r.get(10), r.get(11));
    return new ClusterAssembler(new ClusterLabels(LABELS, "default"), LABELS, "prom-1")
        .assemble(rows);
  }

  private static List<List<Row>> rows() {
    List<List<Row>> r = new ArrayList<>();
    r.add(
        List.of(
            row(owner("pod", "inference-7d9f-b", "ReplicaSet", "inference-7d9f")),
            row(owner("pod", "inference-7d9f-a", "ReplicaSet", "inference-7d9f")),
            row(
                Map.of(
                    "__name__",
                    "kube_replicaset_owner",
                    "namespace",
                    "ml",
                    "replicaset",
                    "inference-7d9f",
                    "owner_kind",
                    "Deployment",
                    "owner_name",
                    "inference")),
            row(owner("pod", "feature-store-0", "StatefulSet", "feature-store"))));
    r.add(List.of(row(Map.of("namespace", "ml", "pod", "inference-7d9f-a", "phase", "Running"))));
    r.add(List.of(row(Map.of("namespace", "ml", "pod", "inference-7d9f-a", "node", "node-1"))));
    r.add(
        List.of(
            row(
                Map.of(
                    "namespace",
                    "ml",
                    "pod",
                    "inference-7d9f-a",
                    "label_team",
                    "ml-platform",
                    "label_model",
                    "resnet"))));
    r.add(
        List.of(
            row(
                Map.of(
                    "namespace",
                    "ml",
                    "pod",
                    "inference-7d9f-a",
                    "container",
                    "server",
                    "resource",
                    "cpu"),
                2),
            row(
                Map.of(
                    "namespace",
                    "ml",
                    "pod",
                    "inference-7d9f-a",
                    "container",
                    "server",
                    "resource",
                    "memory"),
                4 * GIB),
            row(
                Map.of(
                    "namespace",
                    "ml",
                    "pod",
                    "inference-7d9f-b",
                    "container",
                    "server",
                    "resource",
                    "memory"),
                2 * GIB),
            row(
                Map.of(
                    "namespace",
                    "ml",
                    "pod",
                    "inference-7d9f-a",
                    "container",
                    "server",
                    "resource",
                    "nvidia_com_gpu"),
                1)));
    r.add(
        List.of(
            row(
                Map.of(
                    "namespace",
                    "ml",
                    "pod",
                    "inference-7d9f-a",
                    "container",
                    "server",
                    "resource",
                    "memory"),
                8 * GIB),
            row(
                Map.of(
                    "namespace",
                    "ml",
                    "pod",
                    "inference-7d9f-b",
                    "container",
                    "server",
                    "resource",
                    "memory"),
                6 * GIB)));
    r.add(
        List.of(row(Map.of("namespace", "ml", "pod", "feature-store-0", "container", "redis"), 4)));
    r.add(
        List.of(
            row(
                Map.of(
                    "__name__",
                    "kube_pod_container_status_last_terminated_reason",
                    "namespace",
                    "ml",
                    "pod",
                    "feature-store-0",
                    "container",
                    "redis",
                    "reason",
                    "OOMKilled"),
                1),
            row(
                Map.of(
                    "__name__",
                    "kube_pod_container_status_last_terminated_timestamp",
                    "namespace",
                    "ml",
                    "pod",
                    "feature-store-0",
                    "container",
                    "redis"),
                1_795_000_000)));
    r.add(
        List.of(
            row(
                Map.of(
                    "__name__",
                    "kube_deployment_spec_replicas",
                    "namespace",
                    "ml",
                    "deployment",
                    "inference"),
                3),
            row(
                Map.of(
                    "__name__",
                    "kube_statefulset_replicas",
                    "namespace",
                    "ml",
                    "statefulset",
                    "feature-store"),
                1)));
    Map<String, String> hpa = Map.of("namespace", "ml", "horizontalpodautoscaler", "inference-hpa");
    r.add(
        List.of(
            row(
                with(
                    hpa,
                    "__name__",
                    "kube_horizontalpodautoscaler_info",
                    "scaletargetref_kind",
                    "Deployment",
                    "scaletargetref_name",
                    "inference")),
            row(with(hpa, "__name__", "kube_horizontalpodautoscaler_spec_min_replicas"), 2),
            row(with(hpa, "__name__", "kube_horizontalpodautoscaler_spec_max_replicas"), 6),
            row(
                with(
                    hpa,
                    "__name__",
                    "kube_horizontalpodautoscaler_spec_target_metric",
                    "metric_name",
                    "cpu",
                    "metric_target_type",
                    "utilization"),
                70)));
    r.add(
        List.of(
            row(
                Map.of(
                    "__name__", "kube_node_status_capacity", "node", "node-1", "resource", "cpu"),
                96),
            row(
                Map.of(
                    "__name__",
                    "kube_node_status_capacity",
                    "node",
                    "node-1",
                    "resource",
                    "memory"),
                1024 * GIB),
            row(
                Map.of(
                    "__name__",
                    "kube_node_status_capacity",
                    "node",
                    "node-1",
                    "resource",
                    "nvidia_com_gpu"),
                2),
            row(
                Map.of(
                    "__name__",
                    "kube_node_status_capacity",
                    "node",
                    "node-1",
                    "resource",
                    "nvidia_com_mig_1g_5gb"),
                7),
            row(
                Map.of(
                    "__name__",
                    "kube_node_status_allocatable",
                    "node",
                    "node-1",
                    "resource",
                    "cpu"),
                95.5),
            row(
                Map.of(
                    "__name__",
                    "kube_node_status_allocatable",
                    "node",
                    "node-1",
                    "resource",
                    "memory"),
                1000 * GIB)));
    r.add(
        List.of(
            row(
                Map.of(
                    "__name__",
                    "kube_node_info",
                    "node",
                    "node-1",
                    "provider_id",
                    "aws:///us-east-1a/i-0abc")),
            row(
                Map.of(
                    "__name__",
                    "kube_node_labels",
                    "node",
                    "node-1",
                    InventoryQueries.INSTANCE_TYPE,
                    "p4d.24xlarge",
                    InventoryQueries.GPU_PRODUCT,
                    "NVIDIA-A100-SXM4-40GB",
                    InventoryQueries.GPU_MEMORY_MIB,
                    "40960"))));
    return r;
  }

  private static Map<String, String> owner(String podLabel, String pod, String kind, String name) {
    return Map.of(
        "__name__",
        "kube_pod_owner",
        "namespace",
        "ml",
        podLabel,
        pod,
        "owner_kind",
        kind,
        "owner_name",
        name);
  }

  private static Row row(Map<String, String> labels) {
    return row(labels, 1);
  }

  private static Row row(Map<String, String> labels, double value) {
    Map<String, String> withCluster = new HashMap<>(labels);
    withCluster.put("cluster", "c1");
    return new Row(withCluster, value);
  }

  private static Map<String, String> with(Map<String, String> base, String... pairs) {
    Map<String, String> out = new HashMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
