package dev.fleetscope.prometheus;

import java.util.List;

/**
 * The inventory questions, asked of kube-state-metrics as instant queries: a fixed dozen for a
 * whole Prometheus, each aggregated to the labels Fleetscope reads so that no pod uid, instance or
 * job label travels.
 */
final class InventoryQueries {
  final PromQuery podOwners;
  final PromQuery podPhases;
  final PromQuery podNodes;
  final PromQuery podLabels;
  final PromQuery requests;
  final PromQuery limits;
  final PromQuery restarts;
  final PromQuery terminations;
  final PromQuery replicas;
  final PromQuery autoscalers;
  final PromQuery nodeResources;
  final PromQuery nodeInfo;

  /** kube-scheduler's pod figures ({@code /metrics/resources}), pod-level resources included. */
  static final String SCHEDULER_REQUEST = "kube_pod_resource_request";

  static final String SCHEDULER_LIMIT = "kube_pod_resource_limit";

  /** Node labels kube-state-metrics exposes when allow-listed; read when present. */
  static final String INSTANCE_TYPE = "label_node_kubernetes_io_instance_type";

  static final String ZONE = "label_topology_kubernetes_io_zone";
  static final String REGION = "label_topology_kubernetes_io_region";
  static final String GPU_PRODUCT = "label_nvidia_com_gpu_product";
  static final String GPU_MEMORY_MIB = "label_nvidia_com_gpu_memory";

  InventoryQueries(LabelNames labels) {
    String c = labels.cluster();
    podOwners =
        new PromQuery(
            "pod owners",
            "max by (__name__, "
                + PromQl.labels(
                    c, "namespace", "pod", "replicaset", "job_name", "owner_kind", "owner_name")
                + ") ("
                + OwnerIndex.SELECTOR
                + ")");
    podPhases =
        new PromQuery(
            "pod phases",
            "max by ("
                + PromQl.labels(c, "namespace", "pod", "phase")
                + ") (kube_pod_status_phase == 1)");
    podNodes =
        new PromQuery(
            "pod nodes",
            "max by (" + PromQl.labels(c, "namespace", "pod", "node") + ") (kube_pod_info)");
    podLabels =
        new PromQuery(
            "pod labels",
            "max by ("
                + PromQl.labels(c, "namespace", "pod", team(labels), model(labels))
                + ") (kube_pod_labels)");
    // Beside the containers' own: init containers, RuntimeClass overhead and kube-scheduler's
    // view of the pod, which alone shows pod-level resources (PodFacts#podLevel).
    requests =
        new PromQuery(
            "container requests",
            byName(
                List.of(
                    "kube_pod_container_resource_requests",
                    "kube_pod_init_container_resource_requests",
                    "kube_pod_overhead_cpu_cores",
                    "kube_pod_overhead_memory_bytes",
                    SCHEDULER_REQUEST),
                PromQl.labels(c, "namespace", "pod", "container", "resource")));
    limits =
        new PromQuery(
            "container limits",
            byName(
                List.of("kube_pod_container_resource_limits", SCHEDULER_LIMIT),
                PromQl.labels(c, "namespace", "pod", "container", "resource")));
    restarts =
        new PromQuery(
            "container restarts",
            "max by ("
                + PromQl.labels(c, "namespace", "pod", "container")
                + ") (kube_pod_container_status_restarts_total)");
    terminations =
        new PromQuery(
            "last terminations",
            byName(
                List.of(
                    "kube_pod_container_status_last_terminated_reason",
                    "kube_pod_container_status_last_terminated_exitcode",
                    "kube_pod_container_status_last_terminated_timestamp"),
                PromQl.labels(c, "namespace", "pod", "container", "reason")));
    replicas =
        new PromQuery(
            "desired replicas",
            byName(
                List.of(
                    "kube_deployment_spec_replicas",
                    "kube_statefulset_replicas",
                    "kube_daemonset_status_desired_number_scheduled"),
                PromQl.labels(c, "namespace", "deployment", "statefulset", "daemonset")));
    autoscalers =
        new PromQuery(
            "autoscalers",
            byName(
                List.of(
                    "kube_horizontalpodautoscaler_info",
                    "kube_horizontalpodautoscaler_spec_min_replicas",
                    "kube_horizontalpodautoscaler_spec_max_replicas",
                    "kube_horizontalpodautoscaler_spec_target_metric"),
                PromQl.labels(
                    c,
                    "namespace",
                    "horizontalpodautoscaler",
                    "scaletargetref_kind",
                    "scaletargetref_name",
                    "metric_name",
                    "metric_target_type")));
    nodeResources =
        new PromQuery(
            "node resources",
            byName(
                List.of("kube_node_status_capacity", "kube_node_status_allocatable"),
                PromQl.labels(c, "node", "resource")));
    nodeInfo =
        new PromQuery(
            "node info",
            byName(
                List.of("kube_node_info", "kube_node_labels"),
                PromQl.labels(
                    c,
                    "node",
                    "provider_id",
                    INSTANCE_TYPE,
                    ZONE,
                    REGION,
                    GPU_PRODUCT,
                    GPU_MEMORY_MIB)));
  }

  List<PromQuery> all() {
    return List.of(
        podOwners,
        podPhases,
        podNodes,
        podLabels,
        requests,
        limits,
        restarts,
        terminations,
        replicas,
        autoscalers,
        nodeResources,
        nodeInfo);
  }

  static String team(LabelNames labels) {
    return LabelNames.kubeStateMetricsLabel(labels.teamLabel());
  }

  static String model(LabelNames labels) {
    return LabelNames.kubeStateMetricsLabel(labels.modelLabel());
  }

  /** Several metrics in one query, told apart by {@code __name__}. */
  private static String byName(List<String> metrics, String labels) {
    return "max by (__name__, " + labels + ") ({__name__=~\"" + String.join("|", metrics) + "\"})";
  }
}
