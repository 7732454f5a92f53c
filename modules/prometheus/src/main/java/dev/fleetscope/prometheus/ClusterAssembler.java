package dev.fleetscope.prometheus;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The model's clusters, namespaces, workloads and pods from the inventory rows of one instant. */
final class ClusterAssembler {
  private final ClusterLabels refs;
  private final LabelNames labels;
  private final String sourceId;

  ClusterAssembler(ClusterLabels refs, LabelNames labels, String sourceId) {
    this.refs = refs;
    this.labels = labels;
    this.sourceId = sourceId;
  }

  List<Cluster> assemble(InventoryRows rows) {
    Map<PodKey, PodFacts> pods = pods(rows);
    NodeAssembler nodes = new NodeAssembler(refs, rows.nodeResources(), rows.nodeInfo());
    WorkloadAssembler workloads = new WorkloadAssembler(refs, rows.replicas(), rows.autoscalers());
    Map<WorkloadRef, List<PodFacts>> byWorkload =
        new TreeMap<>(Comparator.comparing(WorkloadRef::id).thenComparing(WorkloadRef::kind));
    pods.values().forEach(p -> byWorkload.computeIfAbsent(p.owner, w -> new ArrayList<>()).add(p));
    Map<String, Map<String, List<Workload>>> tree = new TreeMap<>();
    byWorkload.forEach(
        (ref, podsOfWorkload) -> {
          podsOfWorkload.sort(Comparator.comparing(p -> p.name));
          tree.computeIfAbsent(ref.cluster(), c -> new TreeMap<>())
              .computeIfAbsent(ref.namespace(), n -> new ArrayList<>())
              .add(workloads.workload(ref, podsOfWorkload));
        });
    TreeSet<String> clusterNames = new TreeSet<>(tree.keySet());
    clusterNames.addAll(nodes.clusters());
    List<Cluster> clusters = new ArrayList<>();
    for (String name : clusterNames) {
      List<Namespace> namespaces =
          tree.getOrDefault(name, Map.of()).entrySet().stream()
              .map(e -> new Namespace(e.getKey(), e.getValue()))
              .toList();
      clusters.add(
          new Cluster(
              name,
              nodes.provider(name),
              nodes.region(name),
              sourceId,
              nodes.nodes(name),
              namespaces));
    }
    return clusters;
  }

  private Map<PodKey, PodFacts> pods(InventoryRows rows) {
    Map<PodKey, PodFacts> pods = new HashMap<>();
    OwnerIndex owners = OwnerIndex.of(rows.podOwners().stream().map(Row::labels).toList(), refs);
    for (Row row : rows.podOwners()) {
      if (row.metricName().equals("kube_pod_owner")) {
        owners
            .workload(row.labels())
            .ifPresent(owner -> pods.put(key(row), new PodFacts(row.label("pod"), owner)));
      }
    }
    rows.podPhases().forEach(row -> pod(pods, row).ifPresent(p -> p.phase(row.label("phase"))));
    rows.podNodes().forEach(row -> pod(pods, row).ifPresent(p -> p.node = row.label("node")));
    String team = InventoryQueries.team(labels);
    String model = InventoryQueries.model(labels);
    rows.podLabels()
        .forEach(
            row ->
                pod(pods, row)
                    .ifPresent(
                        p -> {
                          p.team = row.label(team);
                          p.model = row.label(model);
                        }));
    for (Row row : rows.requests()) {
      switch (row.metricName()) {
        case InventoryQueries.SCHEDULER_REQUEST ->
            pod(pods, row).ifPresent(p -> p.scheduledRequests.add(row));
        case "kube_pod_init_container_resource_requests" ->
            pod(pods, row).ifPresent(p -> p.initRequest(row));
        case "kube_pod_overhead_cpu_cores" ->
            pod(pods, row).ifPresent(p -> p.overheadCpu = row.value());
        case "kube_pod_overhead_memory_bytes" ->
            pod(pods, row).ifPresent(p -> p.overheadMemory = (long) Math.ceil(row.value()));
        default -> container(pods, row).ifPresent(c -> c.requests.add(row));
      }
    }
    for (Row row : rows.limits()) {
      if (row.metricName().equals(InventoryQueries.SCHEDULER_LIMIT)) {
        pod(pods, row).ifPresent(p -> p.scheduledLimits.add(row));
      } else {
        container(pods, row).ifPresent(c -> c.limits.add(row));
      }
    }
    rows.restarts()
        .forEach(row -> container(pods, row).ifPresent(c -> c.restarts = (int) row.value()));
    rows.terminations()
        .forEach(
            row ->
                container(pods, row)
                    .ifPresent(
                        c -> {
                          switch (row.metricName()) {
                            case "kube_pod_container_status_last_terminated_reason" -> {
                              if (row.value() == 1) {
                                c.terminationReason = row.label("reason");
                              }
                            }
                            case "kube_pod_container_status_last_terminated_exitcode" ->
                                c.exitCode = Optional.of((int) row.value());
                            default ->
                                c.terminatedAt =
                                    Optional.of(
                                        Instant.ofEpochMilli(Math.round(row.value() * 1000)));
                          }
                        }));
    return pods;
  }

  private Optional<PodFacts> pod(Map<PodKey, PodFacts> pods, Row row) {
    return Optional.ofNullable(pods.get(key(row)));
  }

  private Optional<PodFacts.ContainerFacts> container(Map<PodKey, PodFacts> pods, Row row) {
    String container = row.label("container");
    return container.isEmpty() ? Optional.empty() : pod(pods, row).map(p -> p.container(container));
  }

  private PodKey key(Row row) {
    return new PodKey(refs.cluster(row.labels()), row.label("namespace"), row.label("pod"));
  }

  private record PodKey(String cluster, String namespace, String pod) {}
}
