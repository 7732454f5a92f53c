package dev.fleetscope.console.connections;

import dev.fleetscope.kubernetes.ClusterHealth;
import dev.fleetscope.kubernetes.KubeContext;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.runtime.connections.KubeconfigEntry;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.PrometheusEntry;
import java.util.List;
import java.util.Optional;

/**
 * Everything the Connections view draws, immutable: the demo fleet's switch, the Prometheus
 * connections with their live status, the kubeconfigs with their contexts, each context's health
 * strip and status.
 *
 * @param demoFleetSwitchable false while nothing else is connected: the demo fleet stays on then
 * @param problem the last thing that went wrong (a file that could not be saved or read), for a
 *     banner
 */
public record ConnectionsState(
    boolean demoFleet,
    boolean demoFleetSwitchable,
    List<PrometheusRow> prometheus,
    List<KubeconfigGroup> kubeconfigs,
    List<PipelineRow> pipelines,
    Optional<String> problem,
    String file) {

  public static final ConnectionsState EMPTY =
      new ConnectionsState(true, false, List.of(), List.of(), List.of(), Optional.empty(), "");

  public ConnectionsState {
    prometheus = List.copyOf(prometheus);
    kubeconfigs = List.copyOf(kubeconfigs);
    pipelines = List.copyOf(pipelines);
  }

  /** A saved pipeline source and how it is doing, from the latest pipeline board. */
  public record PipelineRow(PipelineEntry entry, Optional<SourceStatus> status) {
    public String id() {
      return entry.id();
    }

    /** Kind, URL or context, and where the credentials come from, in one line. */
    public String details() {
      String credentials =
          switch (entry.kind()) {
            case AIRFLOW ->
                "user "
                    + entry.user().orElse("")
                    + ", password "
                    + entry.secret().map(s -> s.describe()).orElse("");
            case KUBEFLOW, ARGO_SERVER ->
                entry.secret().map(s -> "token " + s.describe()).orElse("no token");
            case ARGO_CONTEXT -> "the context's credentials";
          };
      String namespaces =
          entry.namespaces().isEmpty()
              ? ""
              : " · namespaces " + String.join(", ", entry.namespaces());
      return entry.kind()
          + " · "
          + entry.target()
          + " · "
          + credentials
          + namespaces
          + " · every "
          + entry.interval().toSeconds()
          + " s";
    }
  }

  /** A saved Prometheus and how its source is doing. */
  public record PrometheusRow(
      PrometheusEntry entry, String auth, String clusters, Optional<SourceStatus> status) {
    public String id() {
      return entry.id();
    }
  }

  /**
   * A kubeconfig and its contexts.
   *
   * @param loading true until the file has been read
   * @param problem why its contexts cannot be listed (missing file, bad YAML with line and column)
   */
  public record KubeconfigGroup(
      KubeconfigEntry entry, boolean loading, Optional<String> problem, List<ContextRow> contexts) {
    public KubeconfigGroup {
      contexts = List.copyOf(contexts);
    }
  }

  /**
   * A context, whether it is a source, its health strip and its source's status.
   *
   * @param health the last check; empty until the first one ends
   * @param checking whether a check is under way
   */
  public record ContextRow(
      KubeContext context,
      boolean enabled,
      Optional<ClusterHealth> health,
      Optional<SourceStatus> status,
      boolean checking) {
    public List<HealthPill> pills() {
      return health.map(HealthPill::strip).orElse(List.of());
    }
  }
}
