package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.DisruptionBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One cluster's mirrored objects turned into the model: workloads with their pods (owners resolved
 * through ReplicaSets and Jobs), HPAs, and, beside the model, PodDisruptionBudgets and VPAs per
 * workload.
 */
public final class ClusterInventory {
  static final String TEAM_LABEL = "team";
  static final String MODEL_LABEL = "fleetscope.dev/model";

  private final String cluster;
  private final String sourceId;
  private final Map<String, List<JsonNode>> byPath;

  ClusterInventory(String cluster, String sourceId, Map<String, List<JsonNode>> byPath) {
    this.cluster = cluster;
    this.sourceId = sourceId;
    this.byPath = byPath;
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
    Map<WorkloadRef, List<Pod>> pods = podsByWorkload();
    Map<WorkloadRef, HorizontalAutoscaler> hpas = autoscalers();
    for (WorkloadKind kind : WorkloadKind.values()) {
      for (JsonNode w : objects(Inventory.path(kind))) {
        if (ownedByCronJob(w)) {
          continue;
        }
        WorkloadRef ref = ref(kind, w);
        Map<String, String> labels = WorkloadJson.labels(w.at("/metadata/labels"));
        Workload workload =
            new Workload(
                ref,
                labels,
                labels.getOrDefault(TEAM_LABEL, ""),
                Optional.ofNullable(labels.get(MODEL_LABEL)),
                WorkloadJson.replicas(w, kind),
                WorkloadMapper.containers(w.at(WorkloadPaths.podSpec(kind))),
                pods.getOrDefault(ref, List.of()),
                Optional.ofNullable(hpas.get(ref)));
        byNamespace.computeIfAbsent(ref.namespace(), n -> new ArrayList<>()).add(workload);
      }
    }
    List<Namespace> namespaces =
        byNamespace.entrySet().stream().map(e -> new Namespace(e.getKey(), e.getValue())).toList();
    return new Cluster(
        cluster,
        provider,
        region,
        sourceId,
        nodes.stream().map(NodeMapper::node).toList(),
        namespaces);
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
      JsonNode target = vpa.at("/spec/targetRef");
      WorkloadKind kind;
      try {
        kind = WorkloadKind.fromKubernetesKind(target.path("kind").asText());
      } catch (IllegalArgumentException notAWorkload) {
        continue;
      }
      WorkloadRef ref =
          new WorkloadRef(
              cluster, vpa.at("/metadata/namespace").asText(), kind, target.path("name").asText());
      Map<String, dev.fleetscope.model.Resources> targets = new TreeMap<>();
      for (JsonNode rec : vpa.at("/status/recommendation/containerRecommendations")) {
        targets.put(rec.path("containerName").asText(), NodeMapper.resources(rec.path("target")));
      }
      vpas.put(
          ref,
          new VerticalAutoscaler(
              vpa.at("/metadata/name").asText(),
              ref,
              vpa.at("/spec/updatePolicy/updateMode").asText("Auto"),
              targets));
    }
    return vpas;
  }

  private Map<WorkloadRef, HorizontalAutoscaler> autoscalers() {
    Map<WorkloadRef, HorizontalAutoscaler> hpas = new HashMap<>();
    for (JsonNode hpa : objects(Inventory.HPAS)) {
      JsonNode target = hpa.at("/spec/scaleTargetRef");
      try {
        WorkloadKind kind = WorkloadKind.fromKubernetesKind(target.path("kind").asText());
        hpas.put(
            new WorkloadRef(
                cluster,
                hpa.at("/metadata/namespace").asText(),
                kind,
                target.path("name").asText()),
            WorkloadReader.autoscaler(hpa));
      } catch (IllegalArgumentException notAWorkload) {
        // an HPA may scale any scalable resource; only workloads matter here
      }
    }
    return hpas;
  }

  /**
   * Pods grouped by the workload that owns them: Deployment through its ReplicaSet, CronJob through
   * its Job.
   */
  private Map<WorkloadRef, List<Pod>> podsByWorkload() {
    Map<String, JsonNode> replicaSets = byKey(objects(Inventory.REPLICA_SETS));
    Map<String, JsonNode> jobs = byKey(objects(Inventory.path(WorkloadKind.JOB)));
    Map<WorkloadRef, List<Pod>> pods = new HashMap<>();
    for (JsonNode pod : objects(Inventory.PODS)) {
      String namespace = pod.at("/metadata/namespace").asText();
      owner(pod)
          .flatMap(o -> resolve(namespace, o, replicaSets, jobs))
          .ifPresent(
              ref ->
                  pods.computeIfAbsent(ref, r -> new ArrayList<>()).add(WorkloadMapper.pod(pod)));
    }
    return pods;
  }

  private Optional<WorkloadRef> resolve(
      String namespace,
      JsonNode owner,
      Map<String, JsonNode> replicaSets,
      Map<String, JsonNode> jobs) {
    String kind = owner.path("kind").asText();
    String name = owner.path("name").asText();
    if ("ReplicaSet".equals(kind)) {
      return Optional.ofNullable(replicaSets.get(namespace + "/" + name))
          .flatMap(ClusterInventory::owner)
          .flatMap(o -> resolve(namespace, o, Map.of(), jobs));
    }
    if ("Job".equals(kind) && jobs.containsKey(namespace + "/" + name)) {
      Optional<JsonNode> cronJob =
          owner(jobs.get(namespace + "/" + name))
              .filter(o -> "CronJob".equals(o.path("kind").asText()));
      if (cronJob.isPresent()) {
        return Optional.of(
            new WorkloadRef(
                cluster, namespace, WorkloadKind.CRON_JOB, cronJob.get().path("name").asText()));
      }
    }
    try {
      return Optional.of(
          new WorkloadRef(cluster, namespace, WorkloadKind.fromKubernetesKind(kind), name));
    } catch (IllegalArgumentException notAWorkload) {
      return Optional.empty();
    }
  }

  /**
   * A CronJob's Jobs are its runs, shown as the CronJob's pods rather than as workloads of their
   * own.
   */
  private static boolean ownedByCronJob(JsonNode object) {
    return owner(object).map(o -> "CronJob".equals(o.path("kind").asText())).orElse(false);
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
