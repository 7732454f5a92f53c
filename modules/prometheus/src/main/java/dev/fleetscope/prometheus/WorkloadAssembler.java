package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Workloads from their pods, their controllers' desired replicas and their HPAs. The pod template
 * is not in kube-state-metrics, so a container's requests and limits are read off its pods; during
 * a rollout the larger of old and new is taken.
 */
final class WorkloadAssembler {
  private final ClusterLabels refs;
  private final Map<String, Double> replicas = new HashMap<>();
  private final Map<String, HpaFacts> autoscalers = new HashMap<>();

  WorkloadAssembler(ClusterLabels refs, List<Row> replicaRows, List<Row> autoscalerRows) {
    this.refs = refs;
    for (Row row : replicaRows) {
      String kind =
          switch (row.metricName()) {
            case "kube_deployment_spec_replicas" -> "Deployment/" + row.label("deployment");
            case "kube_statefulset_replicas" -> "StatefulSet/" + row.label("statefulset");
            default -> "DaemonSet/" + row.label("daemonset");
          };
      replicas.put(key(row, kind), row.value());
    }
    for (Row row : autoscalerRows) {
      HpaFacts hpa =
          autoscalers.computeIfAbsent(
              key(row, row.label("horizontalpodautoscaler")), k -> new HpaFacts());
      switch (row.metricName()) {
        case "kube_horizontalpodautoscaler_info" ->
            hpa.target = row.label("scaletargetref_kind") + "/" + row.label("scaletargetref_name");
        case "kube_horizontalpodautoscaler_spec_min_replicas" -> hpa.min = (int) row.value();
        case "kube_horizontalpodautoscaler_spec_max_replicas" -> hpa.max = (int) row.value();
        default -> {
          if (row.label("metric_name").equals("cpu")
              && row.label("metric_target_type").equals("utilization")) {
            hpa.cpuTarget = OptionalDouble.of(row.value() / 100);
          }
        }
      }
    }
  }

  Workload workload(WorkloadRef ref, List<PodFacts> pods) {
    Map<String, ContainerSpec> containers = new TreeMap<>();
    String team = "";
    String model = "";
    for (PodFacts pod : pods) {
      pod.containers.forEach(
          (name, facts) -> containers.merge(name, facts.spec(name), WorkloadAssembler::larger));
      team = team.isEmpty() ? pod.team : team;
      model = model.isEmpty() ? pod.model : model;
    }
    Map<String, String> labels = new TreeMap<>();
    if (!team.isEmpty()) {
      labels.put("team", team);
    }
    if (!model.isEmpty()) {
      labels.put("model", model);
    }
    return new Workload(
            ref,
            labels,
            team,
            model.isEmpty() ? Optional.empty() : Optional.of(model),
            desiredReplicas(ref, pods),
            List.copyOf(containers.values()),
            pods.stream().map(PodFacts::toPod).toList(),
            autoscaler(ref))
        .withPodResources(podResources(pods));
  }

  /** Pod-level resources as the pods show them; during a rollout the larger of old and new. */
  private static Optional<PodResources> podResources(List<PodFacts> pods) {
    return pods.stream()
        .map(PodFacts::podLevel)
        .flatMap(Optional::stream)
        .reduce(
            (a, b) ->
                new PodResources(
                    larger(a.requests(), b.requests()), larger(a.limits(), b.limits())));
  }

  private static Resources larger(Resources a, Resources b) {
    return new Resources(
        Math.max(a.cpuCores(), b.cpuCores()), Math.max(a.memoryBytes(), b.memoryBytes()));
  }

  private int desiredReplicas(WorkloadRef ref, List<PodFacts> pods) {
    Double desired =
        replicas.get(
            ref.cluster()
                + "/"
                + ref.namespace()
                + "/"
                + ref.kind().kubernetesKind()
                + "/"
                + ref.name());
    if (desired != null) {
      return (int) Math.round(desired);
    }
    return (int)
        pods.stream()
            .filter(p -> p.phase == PodPhase.RUNNING || p.phase == PodPhase.PENDING)
            .count();
  }

  private Optional<HorizontalAutoscaler> autoscaler(WorkloadRef ref) {
    if (ref.kind() == WorkloadKind.DAEMON_SET
        || ref.kind() == WorkloadKind.JOB
        || ref.kind() == WorkloadKind.CRON_JOB) {
      return Optional.empty();
    }
    String target = ref.kind().kubernetesKind() + "/" + ref.name();
    String prefix = ref.cluster() + "/" + ref.namespace() + "/";
    return autoscalers.entrySet().stream()
        .filter(
            e ->
                e.getKey().startsWith(prefix)
                    && target.equals(e.getValue().target)
                    && e.getValue().max >= e.getValue().min)
        .map(
            e ->
                new HorizontalAutoscaler(
                    e.getValue().min, e.getValue().max, e.getValue().cpuTarget))
        .findFirst();
  }

  private String key(Row row, String name) {
    return refs.cluster(row.labels()) + "/" + row.label("namespace") + "/" + name;
  }

  /** The larger requests and limits of two pods' views of one container. */
  private static ContainerSpec larger(ContainerSpec a, ContainerSpec b) {
    return new ContainerSpec(
        a.name(),
        a.requests()
            .withCpu(Math.max(a.requests().cpuCores(), b.requests().cpuCores()))
            .withMemory(Math.max(a.requests().memoryBytes(), b.requests().memoryBytes())),
        a.limits()
            .withCpu(Math.max(a.limits().cpuCores(), b.limits().cpuCores()))
            .withMemory(Math.max(a.limits().memoryBytes(), b.limits().memoryBytes())),
        a.gpu().gpuEquivalent() >= b.gpu().gpuEquivalent() ? a.gpu() : b.gpu());
  }

  private static final class HpaFacts {
    String target = "";
    int min = 1;
    int max = 0;
    OptionalDouble cpuTarget = OptionalDouble.empty();
  }
}
