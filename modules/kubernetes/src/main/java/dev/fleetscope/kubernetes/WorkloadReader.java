package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.LabelSelector;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.DisruptionBudget;
import dev.fleetscope.model.change.PodStatus;
import dev.fleetscope.model.change.WorkloadState;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a workload's state for the writer: template resources (app and init containers, pod level),
 * replicas, pods and what their status says about resizing them, the HPA, the VPA and
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
    Map<String, PodStatus> statuses = new LinkedHashMap<>();
    Map<String, Resources> nodes = new HashMap<>();
    for (JsonNode pod : pods(ref, workload)) {
      String name = pod.at("/metadata/name").asText();
      pods.put(name, ResizeJson.containers(pod.path("spec")));
      String node = pod.at("/spec/nodeName").asText("");
      statuses.put(name, ResizeJson.status(pod, nodes.computeIfAbsent(node, this::allocatable)));
    }
    Map<String, String> podLabels =
        WorkloadJson.labels(workload.at(WorkloadPaths.podMetadata(ref.kind()) + "/labels"));
    JsonNode podSpec = workload.at(WorkloadPaths.podSpec(ref.kind()));
    return new WorkloadState(
        ref,
        WorkloadJson.containers(workload, ref.kind()),
        WorkloadJson.replicas(workload, ref.kind()),
        pods,
        autoscaler(ref),
        budgets(ref),
        ref.kind() == WorkloadKind.JOB && !suspendedAndMutable(workload),
        podLabels,
        verticalAutoscaler(ref),
        ResizeJson.traits(podSpec),
        statuses,
        ResizeJson.podResources(podSpec));
  }

  private Optional<HorizontalAutoscaler> autoscaler(WorkloadRef ref) throws ClusterWriteException {
    KubeHttp.Answer answer =
        get(
            "/apis/autoscaling/v2/namespaces/" + ref.namespace() + "/horizontalpodautoscalers",
            "HPAs of " + ref);
    for (JsonNode hpa :
        answer.ok() ? answer.body().path("items") : KubeHttp.JSON.createArrayNode()) {
      if (targets(hpa.at("/spec/scaleTargetRef"), ref)) {
        return Optional.of(AutoscalerJson.hpa(hpa));
      }
    }
    return Optional.empty();
  }

  /** The VPA aimed at the workload; none when the VPA CRD is not installed. */
  private Optional<VerticalAutoscaler> verticalAutoscaler(WorkloadRef ref)
      throws ClusterWriteException {
    KubeHttp.Answer answer =
        get(
            "/apis/autoscaling.k8s.io/v1/namespaces/" + ref.namespace() + "/verticalpodautoscalers",
            "VPAs of " + ref);
    for (JsonNode vpa :
        answer.ok() ? answer.body().path("items") : KubeHttp.JSON.createArrayNode()) {
      if (targets(vpa.at("/spec/targetRef"), ref)) {
        return Optional.of(AutoscalerJson.vpa(vpa));
      }
    }
    return Optional.empty();
  }

  private static boolean targets(JsonNode target, WorkloadRef ref) {
    return ref.kind().kubernetesKind().equals(target.path("kind").asText())
        && ref.name().equals(target.path("name").asText());
  }

  /**
   * Whether a Job's pod template may change: only while it is suspended, on Kubernetes 1.36 or
   * newer (KEP-5440, beta and on by default there; alpha behind a feature gate in 1.35).
   */
  private boolean suspendedAndMutable(JsonNode job) throws ClusterWriteException {
    if (!job.at("/spec/suspend").asBoolean(false)) {
      return false;
    }
    KubeHttp.Answer version = get("/version", "version of " + cluster);
    return version.ok()
        && ServerVersion.parse(version.body().path("gitVersion").asText())
            .map(ServerVersion::allowsSuspendedJobResources)
            .orElse(false);
  }

  /** A node's allocatable CPU and memory; none when it cannot be read (RBAC, gone). */
  private Resources allocatable(String node) {
    if (node.isEmpty()) {
      return Resources.NONE;
    }
    try {
      KubeHttp.Answer answer = http.get("/api/v1/nodes/" + node);
      return answer.ok()
          ? NodeMapper.resources(answer.body().at("/status/allocatable"))
          : Resources.NONE;
    } catch (IOException e) {
      return Resources.NONE;
    }
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

  private KubeHttp.Answer get(String path, String what) throws ClusterWriteException {
    try {
      return http.get(path);
    } catch (IOException e) {
      throw WriteErrors.of(e, what);
    }
  }
}
