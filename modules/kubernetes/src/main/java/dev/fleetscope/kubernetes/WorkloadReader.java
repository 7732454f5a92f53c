package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.LabelSelector;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.DisruptionBudget;
import dev.fleetscope.model.change.WorkloadState;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a workload's state for the writer: template resources, replicas, pods, HPA and
 * PodDisruptionBudgets.
 */
final class WorkloadReader {
  private static final List<WorkloadKind> LOOKUP_ORDER =
      List.of(
          WorkloadKind.DEPLOYMENT,
          WorkloadKind.STATEFUL_SET,
          WorkloadKind.DAEMON_SET,
          WorkloadKind.CRON_JOB,
          WorkloadKind.JOB);

  private final KubeHttp http;
  private final String cluster;

  WorkloadReader(KubeHttp http, String cluster) {
    this.http = http;
    this.cluster = cluster;
  }

  Optional<WorkloadState> find(String namespace, String name) throws ClusterWriteException {
    List<WorkloadState> found = new ArrayList<>();
    for (WorkloadKind kind : LOOKUP_ORDER) {
      WorkloadRef ref = new WorkloadRef(cluster, namespace, kind, name);
      KubeHttp.Answer answer = get(WorkloadPaths.object(ref), kind.kubernetesKind() + " " + ref);
      if (answer.code() == 404) {
        continue;
      }
      if (!answer.ok()) {
        throw WriteErrors.of(answer, kind.kubernetesKind() + " " + ref);
      }
      found.add(state(ref, answer.body()));
    }
    if (found.size() > 1) {
      throw new ClusterWriteException(
          ClusterWriteException.Reason.OTHER,
          "the name "
              + name
              + " in "
              + cluster
              + "/"
              + namespace
              + " is ambiguous: "
              + String.join(
                  " and ", found.stream().map(s -> s.ref().kind().kubernetesKind()).toList()));
    }
    return found.stream().findFirst();
  }

  WorkloadState read(WorkloadRef ref) throws ClusterWriteException {
    return state(ref, object(ref));
  }

  JsonNode object(WorkloadRef ref) throws ClusterWriteException {
    KubeHttp.Answer answer =
        get(WorkloadPaths.object(ref), ref.kind().kubernetesKind() + " " + ref);
    if (!answer.ok()) {
      throw WriteErrors.of(answer, ref.kind().kubernetesKind() + " " + ref);
    }
    return answer.body();
  }

  /**
   * The running pods the workload's selector picks ({@code matchLabels} and {@code
   * matchExpressions}), as JSON.
   */
  List<JsonNode> pods(WorkloadRef ref, JsonNode workload) throws ClusterWriteException {
    if (ref.kind() == WorkloadKind.CRON_JOB
        || !(Selectors.of(workload.at("/spec/selector"), ref.toString())
            instanceof LabelSelector.Terms terms)
        || terms.query().isEmpty()) {
      return List.of();
    }
    String selector = terms.query();
    KubeHttp.Answer answer =
        get(
            "/api/v1/namespaces/"
                + ref.namespace()
                + "/pods?labelSelector="
                + URLEncoder.encode(selector, StandardCharsets.UTF_8),
            "pods of " + ref);
    List<JsonNode> pods = new ArrayList<>();
    if (answer.ok()) {
      // matched again here: a proxy or stand-in that ignores set-based terms must not widen it
      answer
          .body()
          .path("items")
          .forEach(
              pod -> {
                if (terms.matches(WorkloadJson.labels(pod.at("/metadata/labels")))) {
                  pods.add(pod);
                }
              });
    }
    return pods;
  }

  private WorkloadState state(WorkloadRef ref, JsonNode workload) throws ClusterWriteException {
    Map<String, Map<String, ContainerResources>> pods = new LinkedHashMap<>();
    for (JsonNode pod : pods(ref, workload)) {
      Map<String, ContainerResources> containers = new LinkedHashMap<>();
      pod.at("/spec/containers")
          .forEach(
              c ->
                  containers.put(
                      c.path("name").asText(), WorkloadJson.resources(c.path("resources"))));
      pods.put(pod.at("/metadata/name").asText(), containers);
    }
    Map<String, String> podLabels =
        WorkloadJson.labels(workload.at(WorkloadPaths.podMetadata(ref.kind()) + "/labels"));
    return new WorkloadState(
        ref,
        WorkloadJson.containers(workload, ref.kind()),
        WorkloadJson.replicas(workload, ref.kind()),
        pods,
        autoscaler(ref),
        budgets(ref),
        ref.kind() == WorkloadKind.JOB,
        podLabels);
  }

  private Optional<HorizontalAutoscaler> autoscaler(WorkloadRef ref) throws ClusterWriteException {
    KubeHttp.Answer answer =
        get(
            "/apis/autoscaling/v2/namespaces/" + ref.namespace() + "/horizontalpodautoscalers",
            "HPAs of " + ref);
    for (JsonNode hpa :
        answer.ok() ? answer.body().path("items") : KubeHttp.JSON.createArrayNode()) {
      JsonNode target = hpa.at("/spec/scaleTargetRef");
      if (ref.kind().kubernetesKind().equals(target.path("kind").asText())
          && ref.name().equals(target.path("name").asText())) {
        return Optional.of(autoscaler(hpa));
      }
    }
    return Optional.empty();
  }

  /**
   * The PodDisruptionBudgets of the workload's namespace with their selectors: the guard rails
   * judge which of them protect its pods ({@link WorkloadState#coveringBudgets()}).
   */
  private List<DisruptionBudget> budgets(WorkloadRef ref) throws ClusterWriteException {
    KubeHttp.Answer answer =
        get(
            "/apis/policy/v1/namespaces/" + ref.namespace() + "/poddisruptionbudgets",
            "PDBs of " + ref);
    List<DisruptionBudget> budgets = new ArrayList<>();
    for (JsonNode pdb :
        answer.ok() ? answer.body().path("items") : KubeHttp.JSON.createArrayNode()) {
      budgets.add(budget(pdb));
    }
    return budgets;
  }

  static DisruptionBudget budget(JsonNode pdb) {
    return new DisruptionBudget(
        pdb.at("/metadata/name").asText(),
        pdb.at("/status/disruptionsAllowed").asInt(0),
        Selectors.ofBudget(pdb));
  }

  static HorizontalAutoscaler autoscaler(JsonNode hpa) {
    int min = hpa.at("/spec/minReplicas").asInt(1);
    return new HorizontalAutoscaler(
        min, Math.max(min, hpa.at("/spec/maxReplicas").asInt(min)), cpuTarget(hpa));
  }

  static OptionalDouble cpuTarget(JsonNode hpa) {
    for (JsonNode metric : hpa.at("/spec/metrics")) {
      JsonNode resource = metric.path("resource");
      if ("Resource".equals(metric.path("type").asText())
          && "cpu".equals(resource.path("name").asText())
          && resource.at("/target/averageUtilization").isNumber()) {
        return OptionalDouble.of(resource.at("/target/averageUtilization").asDouble() / 100);
      }
    }
    return OptionalDouble.empty();
  }

  private KubeHttp.Answer get(String path, String what) throws ClusterWriteException {
    try {
      return http.get(path);
    } catch (IOException e) {
      throw WriteErrors.of(e, what);
    }
  }
}
