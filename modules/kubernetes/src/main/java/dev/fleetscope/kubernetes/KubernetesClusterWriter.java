package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cluster-writer port on Kubernetes. A change is an RFC 6902 JSON Patch pinned by {@code test}
 * operations ({@link JsonPatches}) sent to the workload (a rollout) or to each pod's {@code resize}
 * subresource (in place); a dry run is the same request with {@code dryRun=All}; rollouts are
 * followed by watching the workload ({@link RolloutWatch}). The cluster of a workload reference is
 * the kubeconfig context.
 */
public final class KubernetesClusterWriter implements ClusterWriter {
  static final String FIELD_MANAGER = "fleetscope";

  private final Connections connections;

  public KubernetesClusterWriter(Connections connections) {
    this.connections = connections;
  }

  @Override
  public Optional<WorkloadState> find(String cluster, String namespace, String name)
      throws ClusterWriteException {
    return reader(cluster).find(namespace, name);
  }

  @Override
  public WorkloadState read(WorkloadRef workload) throws ClusterWriteException {
    return reader(workload.cluster()).read(workload);
  }

  @Override
  public String dryRun(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
    List<JsonNode> answers = send(change, method, true);
    String what = method == ApplyMethod.IN_PLACE ? answers.size() + " pods would be resized; " : "";
    return "accepted by the server (dry run): "
        + what
        + answers.stream()
            .findFirst()
            .map(a -> summary(a, change, method))
            .orElse("no pods running");
  }

  @Override
  public void apply(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
    send(change, method, false);
  }

  @Override
  public RolloutState rollout(WorkloadChange change, ApplyMethod method, Duration wait)
      throws ClusterWriteException, InterruptedException {
    ClusterConnection connection = connection(change.workload().cluster());
    return new RolloutWatch(connection, reader(connection)).await(change.workload(), method, wait);
  }

  @Override
  public boolean supportsInPlaceResize(String cluster) throws ClusterWriteException {
    try {
      KubeHttp.Answer version = new KubeHttp(connection(cluster)).get("/version");
      return version.ok()
          && ServerVersion.parse(version.body().path("gitVersion").asText())
              .map(ServerVersion::supportsInPlaceResize)
              .orElse(false);
    } catch (IOException e) {
      throw WriteErrors.of(e, "version of " + cluster);
    }
  }

  private List<JsonNode> send(WorkloadChange change, ApplyMethod method, boolean dryRun)
      throws ClusterWriteException {
    ClusterConnection connection = connection(change.workload().cluster());
    WorkloadReader reader = reader(connection);
    WorkloadRef ref = change.workload();
    JsonNode workload = reader.object(ref);
    String query = "?fieldManager=" + FIELD_MANAGER + (dryRun ? "&dryRun=All" : "");
    if (method == ApplyMethod.ROLLOUT) {
      String what = ref.kind().kubernetesKind() + " " + ref;
      String patch =
          JsonPatches.of(workload, WorkloadPaths.podSpec(ref.kind()), change.containers(), what);
      return List.of(patch(connection, WorkloadPaths.object(ref) + query, patch, what));
    }
    List<JsonNode> pods = reader.pods(ref, workload);
    List<JsonNode> answers = new java.util.ArrayList<>();
    for (JsonNode pod : pods) {
      String name = pod.at("/metadata/name").asText();
      String what = "pod " + ref.cluster() + "/" + ref.namespace() + "/" + name;
      String patch = JsonPatches.of(pod, "/spec", change.containers(), what);
      answers.add(
          patch(
              connection,
              "/api/v1/namespaces/" + ref.namespace() + "/pods/" + name + "/resize" + query,
              patch,
              what));
    }
    return answers;
  }

  private static JsonNode patch(
      ClusterConnection connection, String path, String patch, String what)
      throws ClusterWriteException {
    try {
      KubeHttp.Answer answer = new KubeHttp(connection).patch(path, patch);
      if (!answer.ok()) {
        throw WriteErrors.of(answer, what);
      }
      return answer.body();
    } catch (IOException e) {
      throw WriteErrors.of(e, what);
    }
  }

  /** The server's answer in a line: the resources it would now hold for each changed container. */
  private static String summary(JsonNode answer, WorkloadChange change, ApplyMethod method) {
    JsonNode podSpec =
        answer.at(
            method == ApplyMethod.IN_PLACE
                ? "/spec"
                : WorkloadPaths.podSpec(change.workload().kind()));
    return change.containers().stream()
        .map(ContainerChange::container)
        .map(
            name -> {
              if (ContainerChange.POD.equals(name)) {
                return "pod " + podSpec.path("resources");
              }
              for (String list : List.of("containers", "initContainers")) {
                for (JsonNode c : podSpec.path(list)) {
                  if (name.equals(c.path("name").asText())) {
                    return name + " " + c.path("resources");
                  }
                }
              }
              return name + " (not in the answer)";
            })
        .collect(Collectors.joining("; "));
  }

  private WorkloadReader reader(String cluster) throws ClusterWriteException {
    return reader(connection(cluster));
  }

  private static WorkloadReader reader(ClusterConnection connection) {
    return new WorkloadReader(new KubeHttp(connection), connection.name());
  }

  private ClusterConnection connection(String cluster) throws ClusterWriteException {
    try {
      return connections.connection(cluster);
    } catch (IOException | IllegalArgumentException e) {
      throw new ClusterWriteException(
          ClusterWriteException.Reason.UNREACHABLE,
          "cannot connect to " + cluster + ": " + e.getMessage(),
          e);
    }
  }
}
