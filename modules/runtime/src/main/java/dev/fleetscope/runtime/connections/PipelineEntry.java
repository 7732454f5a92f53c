package dev.fleetscope.runtime.connections;

import dev.fleetscope.model.net.Deadlines;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved pipeline source: an Airflow, a Kubeflow Pipelines, an Argo Server, or Argo Workflows read
 * through a kubeconfig context. As with Prometheus, a secret is saved only as where it is ({@link
 * SecretRef}) and read when the source connects.
 *
 * @param id the source id its runs carry, unique among the pipeline sources
 * @param name shown in the Pipelines view and in messages
 * @param target the base URL, or the context's name for {@link Kind#ARGO_CONTEXT}
 * @param user Airflow's user (basic auth); empty for the other kinds
 * @param secret Airflow's password, or the bearer token of Kubeflow Pipelines or Argo Server
 *     (optional there); never for a context, whose kubeconfig holds its credentials
 * @param namespaces Argo: the namespaces to list (empty: {@code argo}); Kubeflow: the profile
 *     namespace of a multi-user install, at most one
 * @param placement where the pods of all its pipelines run, so their runs link to those workloads'
 *     utilization and cost; see {@link #effectivePlacement()} for what an Argo context assumes
 * @param deadlines of each request to it ({@link Deadlines#DEFAULT} unless saved otherwise)
 */
public record PipelineEntry(
    String id,
    Kind kind,
    String name,
    String target,
    Optional<String> user,
    Optional<SecretRef> secret,
    List<String> namespaces,
    Duration interval,
    Optional<PipelinePlacement> placement,
    Deadlines deadlines) {
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(5);
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);
  public static final String DEFAULT_ARGO_NAMESPACE = "argo";

  /** What a pipeline source is, with its name in {@code connections.json} and in the form. */
  public enum Kind {
    AIRFLOW("airflow", "Airflow"),
    KUBEFLOW("kubeflow", "Kubeflow Pipelines"),
    ARGO_SERVER("argo-server", "Argo Server"),
    ARGO_CONTEXT("argo-context", "Argo through a kubeconfig context");

    private final String json;
    private final String label;

    Kind(String json, String label) {
      this.json = json;
      this.label = label;
    }

    public String json() {
      return json;
    }

    public boolean usesUrl() {
      return this != ARGO_CONTEXT;
    }

    /** The JSON field its secret is saved under: a password for Airflow, a token for the others. */
    public String secretField() {
      return this == AIRFLOW ? "password" : "token";
    }

    public static Optional<Kind> byJson(String name) {
      for (Kind kind : values()) {
        if (kind.json.equals(name.toLowerCase(Locale.ROOT))) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Without a placement: its runs link to no workloads (unless an Argo context implies one). */
  public PipelineEntry(
      String id,
      Kind kind,
      String name,
      String target,
      Optional<String> user,
      Optional<SecretRef> secret,
      List<String> namespaces,
      Duration interval) {
    this(id, kind, name, target, user, secret, namespaces, interval, Optional.empty());
  }

  /** With the default deadlines. */
  public PipelineEntry(
      String id,
      Kind kind,
      String name,
      String target,
      Optional<String> user,
      Optional<SecretRef> secret,
      List<String> namespaces,
      Duration interval,
      Optional<PipelinePlacement> placement) {
    this(id, kind, name, target, user, secret, namespaces, interval, placement, Deadlines.DEFAULT);
  }

  public PipelineEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(deadlines, "deadlines");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a pipeline source needs an id");
    }
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException(
          kind.usesUrl() ? kind + " needs a URL" : "name the kubeconfig context");
    }
    target = target.strip();
    name =
        name == null || name.isBlank()
            ? kind.label.replace(" through a kubeconfig context", "") + " " + target
            : name.strip();
    user = user.map(String::strip).filter(u -> !u.isEmpty());
    namespaces =
        List.copyOf(
            namespaces.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList());
    if (kind == Kind.AIRFLOW && (user.isEmpty() || secret.isEmpty())) {
      throw new IllegalArgumentException("Airflow needs a user and where its password is");
    }
    if (kind != Kind.AIRFLOW && user.isPresent()) {
      throw new IllegalArgumentException(kind + " takes no user");
    }
    if (kind == Kind.ARGO_CONTEXT && secret.isPresent()) {
      throw new IllegalArgumentException(
          "a kubeconfig context brings its own credentials: give no token");
    }
    if (kind == Kind.AIRFLOW && !namespaces.isEmpty()) {
      throw new IllegalArgumentException("Airflow has no namespaces");
    }
    if (kind == Kind.KUBEFLOW && namespaces.size() > 1) {
      throw new IllegalArgumentException(
          "Kubeflow Pipelines reads one profile namespace, was " + namespaces);
    }
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException(
          "poll at most every "
              + MIN_INTERVAL.toSeconds()
              + " s, was "
              + interval.toSeconds()
              + " s");
    }
  }

  public PipelineEntry withPlacement(Optional<PipelinePlacement> newPlacement) {
    return new PipelineEntry(
        id, kind, name, target, user, secret, namespaces, interval, newPlacement, deadlines);
  }

  public PipelineEntry withDeadlines(Deadlines newDeadlines) {
    return new PipelineEntry(
        id, kind, name, target, user, secret, namespaces, interval, placement, newDeadlines);
  }

  /** The namespaces Argo lists: the saved ones, else {@code argo}. */
  public List<String> argoNamespaces() {
    return namespaces.isEmpty() ? List.of(DEFAULT_ARGO_NAMESPACE) : namespaces;
  }

  /**
   * The placement its runs are joined by. An Argo context knows its cluster: the fleet names a
   * context's cluster after the context, so a placement without a cluster means that one, and
   * without a placement the first namespace saved for it is assumed (workflow pods run in the
   * workflow's namespace). The implicit {@code argo} namespace is not assumed: Argo's own
   * controller and server run there and would be billed to every run.
   */
  public Optional<PipelinePlacement> effectivePlacement() {
    if (kind != Kind.ARGO_CONTEXT) {
      return placement;
    }
    Optional<String> context = Optional.of(target);
    return placement
        .map(
            p ->
                p.cluster().isPresent()
                    ? p
                    : new PipelinePlacement(context, p.namespace(), p.labels()))
        .or(
            () ->
                namespaces.stream()
                    .findFirst()
                    .map(n -> new PipelinePlacement(context, n, Map.of())));
  }
}
