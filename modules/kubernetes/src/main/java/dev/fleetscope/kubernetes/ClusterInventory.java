package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuClaim;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.DisruptionBudget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One cluster's mirrored objects turned into the model: workloads with their pods (owners resolved
 * through ReplicaSets and Jobs; a CronJob's Jobs and Jobs sharing the grouping labels are the runs
 * of one workload), the autoscalers that govern each (HPA, KEDA ScaledObject, VPA), pod-level
 * resources, native sidecars and init containers, JVMs, and GPUs held through DRA claims; beside
 * the model, PodDisruptionBudgets per workload.
 */
public final class ClusterInventory {
  static final String TEAM_LABEL = "team";
  static final String MODEL_LABEL = "fleetscope.dev/model";

  private final String cluster;
  private final String sourceId;
  private final Map<String, List<JsonNode>> byPath;
  private final List<String> jobGrouping;

  ClusterInventory(String cluster, String sourceId, Map<String, List<JsonNode>> byPath) {
    this(cluster, sourceId, byPath, JobFamilies.DEFAULT_GROUPING);
  }

  /**
   * @param jobGrouping the labels whose values group Jobs of no CronJob into one workload; empty
   *     keeps every such Job a workload of its own
   */
  ClusterInventory(
      String cluster,
      String sourceId,
      Map<String, List<JsonNode>> byPath,
      List<String> jobGrouping) {
    this.cluster = cluster;
    this.sourceId = sourceId;
    this.byPath = byPath;
    this.jobGrouping = List.copyOf(jobGrouping);
  }

  private List<JsonNode> objects(String path) {
    return byPath.getOrDefault(path, List.of());
  }

  public Cluster cluster() {
    List<JsonNode> nodes = objects(Inventory.NODES);
    Provider provider =
        nodes.stream().map(NodeMapper::provider).findFirst().orElse(Provider.ON_PREM);
    String region =
        nodes.stream().map(NodeMapper::region).filter(r -> !r.isEmpty()).findFirst().orElse("");
    Map<String, List<Workload>> byNamespace = new TreeMap<>();
    objects(Inventory.NAMESPACES)
        .forEach(ns -> byNamespace.put(ns.at("/metadata/name").asText(), new ArrayList<>()));
    DraGpus dra =
        new DraGpus(byKey(objects(Inventory.RESOURCE_CLAIMS)), objects(Inventory.RESOURCE_SLICES));
    JobFamilies families =
        new JobFamilies(cluster, objects(Inventory.path(WorkloadKind.JOB)), jobGrouping);
    Governors governors = new Governors(horizontalAutoscalers(), verticalAutoscalers());
    Map<WorkloadRef, List<JsonNode>> pods = podsByWorkload(families);
    List<Workload> workloads = new ArrayList<>();
    for (WorkloadKind kind : WorkloadKind.values()) {
      for (JsonNode w : objects(Inventory.path(kind))) {
        WorkloadRef ref = ref(kind, w);
        if (kind == WorkloadKind.JOB
            && families.familyOf(ref.namespace(), ref.name()).isPresent()) {
          continue; // a run of a CronJob or of a label group
        }
        workloads.add(
            workload(
                ref,
                w,
                w.at(WorkloadPaths.podSpec(kind)),
                WorkloadJson.replicas(w, kind),
                pods.getOrDefault(ref, List.of()),
                governors,
                dra,
                families));
      }
    }
    families
        .labelGroups()
        .forEach(
            (ref, jobs) -> {
              JsonNode newest =
                  jobs.stream()
                      .max(Comparator.comparing(j -> j.at("/metadata/creationTimestamp").asText()))
                      .orElseThrow();
              workloads.add(
                  workload(
                      ref,
                      newest,
                      newest.at("/spec/template/spec"),
                      WorkloadJson.replicas(newest, WorkloadKind.JOB),
                      pods.getOrDefault(ref, List.of()),
                      governors,
                      dra,
                      families));
            });
    workloads.forEach(
        w -> byNamespace.computeIfAbsent(w.ref().namespace(), n -> new ArrayList<>()).add(w));
    List<Namespace> namespaces =
        byNamespace.entrySet().stream().map(e -> new Namespace(e.getKey(), e.getValue())).toList();
    return new Cluster(
        cluster,
        provider,
        region,
        sourceId,
        nodes.stream().map(n -> node(n, dra)).toList(),
        namespaces);
  }

  private record Governors(
      Map<WorkloadRef, HorizontalAutoscaler> horizontal,
      Map<WorkloadRef, VerticalAutoscaler> vertical) {}

  private Workload workload(
      WorkloadRef ref,
      JsonNode object,
      JsonNode podSpec,
      int replicas,
      List<JsonNode> pods,
      Governors governors,
      DraGpus dra,
      JobFamilies families) {
    Map<String, String> labels = WorkloadJson.labels(object.at("/metadata/labels"));
    List<GpuClaim> claims =
        pods.stream().map(dra::of).filter(c -> !c.isEmpty()).findFirst().orElse(List.of());
    List<ContainerSpec> containers = DraGpus.withClaims(WorkloadMapper.containers(podSpec), claims);
    return new Workload(
        ref,
        labels,
        labels.getOrDefault(TEAM_LABEL, ""),
        Optional.ofNullable(labels.get(MODEL_LABEL)),
        replicas,
        containers,
        pods.stream().map(WorkloadMapper::pod).toList(),
        Optional.ofNullable(governors.horizontal().get(ref)),
        Optional.ofNullable(governors.vertical().get(ref)),
        WorkloadMapper.podResources(podSpec),
        WorkloadMapper.initContainers(podSpec),
        claims,
        families.runs(ref));
  }

  /** A node, with the GPUs its ResourceSlices publish when its capacity lists none. */
  private static Node node(JsonNode json, DraGpus dra) {
    Node node = NodeMapper.node(json);
    if (node.gpus().count() > 0) {
      return node;
    }
    NodeGpus published = dra.nodeGpus(node.name());
    return published.count() == 0
        ? node
        : new Node(
            node.name(),
            node.instanceType(),
            node.zone(),
            node.capacity(),
            node.allocatable(),
            published,
            node.price());
  }

  /**
   * PodDisruptionBudgets per workload whose pod template labels they select, by {@code matchLabels}
   * and {@code matchExpressions}; an empty selector selects every pod of its namespace, an absent
   * one none.
   */
  public Map<WorkloadRef, List<DisruptionBudget>> disruptionBudgets() {
    Map<WorkloadRef, List<DisruptionBudget>> budgets = new LinkedHashMap<>();
    for (JsonNode pdb : objects(Inventory.PDBS)) {
      DisruptionBudget budget = WorkloadReader.budget(pdb);
      String namespace = pdb.at("/metadata/namespace").asText();
      for (WorkloadKind kind : WorkloadKind.values()) {
        for (JsonNode w : objects(Inventory.path(kind))) {
          Map<String, String> labels =
              WorkloadJson.labels(w.at(WorkloadPaths.podMetadata(kind) + "/labels"));
          if (namespace.equals(w.at("/metadata/namespace").asText()) && budget.covers(labels)) {
            budgets.computeIfAbsent(ref(kind, w), r -> new ArrayList<>()).add(budget);
          }
        }
      }
    }
    return budgets;
  }

  /** VPAs per target workload; empty when the VPA CRD is not installed. */
  public Map<WorkloadRef, VerticalAutoscaler> verticalAutoscalers() {
    Map<WorkloadRef, VerticalAutoscaler> vpas = new LinkedHashMap<>();
    for (JsonNode vpa : objects(Inventory.VPAS)) {
      target(vpa, "/spec/targetRef").ifPresent(ref -> vpas.put(ref, AutoscalerJson.vpa(vpa)));
    }
    return vpas;
  }

  /**
   * HPAs per target workload, KEDA's marked with their ScaledObject; a ScaledObject whose HPA is
   * not seen stands for it.
   */
  private Map<WorkloadRef, HorizontalAutoscaler> horizontalAutoscalers() {
    Map<WorkloadRef, HorizontalAutoscaler> hpas = new HashMap<>();
    for (JsonNode hpa : objects(Inventory.HPAS)) {
      target(hpa, "/spec/scaleTargetRef").ifPresent(ref -> hpas.put(ref, AutoscalerJson.hpa(hpa)));
    }
    for (JsonNode scaledObject : objects(Inventory.SCALED_OBJECTS)) {
      target(scaledObject, "/spec/scaleTargetRef")
          .ifPresent(ref -> hpas.putIfAbsent(ref, AutoscalerJson.fromScaledObject(scaledObject)));
    }
    return hpas;
  }

  /**
   * The workload a target reference names; empty for anything else an autoscaler may target. A
   * ScaledObject's target kind defaults to Deployment.
   */
  private Optional<WorkloadRef> target(JsonNode autoscaler, String pointer) {
    JsonNode target = autoscaler.at(pointer);
    try {
      return Optional.of(
          new WorkloadRef(
              cluster,
              autoscaler.at("/metadata/namespace").asText(),
              WorkloadKind.fromKubernetesKind(target.path("kind").asText("Deployment")),
              target.path("name").asText()));
    } catch (IllegalArgumentException notAWorkload) {
      return Optional.empty();
    }
  }

  /**
   * Pods (as JSON) grouped by the workload that owns them: Deployment through its ReplicaSet, a
   * CronJob or label group through its Job.
   */
  private Map<WorkloadRef, List<JsonNode>> podsByWorkload(JobFamilies families) {
    Map<String, JsonNode> replicaSets = byKey(objects(Inventory.REPLICA_SETS));
    Map<WorkloadRef, List<JsonNode>> pods = new HashMap<>();
    for (JsonNode pod : objects(Inventory.PODS)) {
      String namespace = pod.at("/metadata/namespace").asText();
      owner(pod)
          .flatMap(o -> resolve(namespace, o, replicaSets, families))
          .ifPresent(ref -> pods.computeIfAbsent(ref, r -> new ArrayList<>()).add(pod));
    }
    return pods;
  }

  private Optional<WorkloadRef> resolve(
      String namespace, JsonNode owner, Map<String, JsonNode> replicaSets, JobFamilies families) {
    String kind = owner.path("kind").asText();
    String name = owner.path("name").asText();
    if ("ReplicaSet".equals(kind)) {
      return Optional.ofNullable(replicaSets.get(namespace + "/" + name))
          .flatMap(ClusterInventory::owner)
          .flatMap(o -> resolve(namespace, o, Map.of(), families));
    }
    if ("Job".equals(kind)) {
      Optional<WorkloadRef> family = families.familyOf(namespace, name);
      if (family.isPresent()) {
        return family;
      }
    }
    try {
      return Optional.of(
          new WorkloadRef(cluster, namespace, WorkloadKind.fromKubernetesKind(kind), name));
    } catch (IllegalArgumentException notAWorkload) {
      return Optional.empty();
    }
  }

  private static Optional<JsonNode> owner(JsonNode object) {
    for (JsonNode ref : object.at("/metadata/ownerReferences")) {
      if (ref.path("controller").asBoolean(false)) {
        return Optional.of(ref);
      }
    }
    return Optional.empty();
  }

  private WorkloadRef ref(WorkloadKind kind, JsonNode w) {
    return new WorkloadRef(
        cluster, w.at("/metadata/namespace").asText(), kind, w.at("/metadata/name").asText());
  }

  private static Map<String, JsonNode> byKey(List<JsonNode> objects) {
    Map<String, JsonNode> map = new HashMap<>();
    objects.forEach(
        o ->
            map.put(
                o.at("/metadata/namespace").asText() + "/" + o.at("/metadata/name").asText(), o));
    return map;
  }
}
