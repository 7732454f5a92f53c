package dev.fleetscope.console.connections;

import dev.fleetscope.console.connections.PrometheusDraft.InvalidDraft;
import dev.fleetscope.console.connections.PrometheusDraft.SecretInput;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.PipelineEntry.Kind;
import dev.fleetscope.runtime.connections.PipelinePlacement;
import dev.fleetscope.runtime.connections.SavedConnections;
import dev.fleetscope.runtime.connections.SecretRef;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline source form as typed, turned into a {@link PipelineEntry} by {@link
 * #toEntry(String)} or refused with a message naming the field. The fields a kind does not use are
 * ignored.
 *
 * @param target the URL, or the context's name for {@link Kind#ARGO_CONTEXT}
 * @param namespaces comma-separated
 * @param runsIn the placement: the namespace its pods run in (blank: none, unless cluster or labels
 *     are given)
 * @param cluster the placement's cluster (blank: any; an Argo context's own)
 * @param labels the placement's labels, {@code key=value} comma-separated
 */
public record PipelineDraft(
    Kind kind,
    String name,
    String target,
    String user,
    SecretInput secret,
    String namespaces,
    String intervalSeconds,
    String runsIn,
    String cluster,
    String labels) {
  public static final PipelineDraft EMPTY =
      new PipelineDraft(
          Kind.AIRFLOW,
          "",
          "",
          "",
          SecretInput.NONE,
          "",
          Long.toString(PipelineEntry.DEFAULT_INTERVAL.toSeconds()),
          "",
          "",
          "");

  /** The entry, or {@link InvalidDraft} naming the field and what is wrong. */
  public PipelineEntry toEntry(String id) {
    String where = target.strip();
    if (where.isEmpty()) {
      throw new InvalidDraft(
          kind.usesUrl()
              ? "URL: enter the server's address, e.g. " + example()
              : "Context: name a context of your kubeconfigs");
    }
    if (kind.usesUrl()) {
      checkUrl(where);
    }
    Optional<String> login = Optional.empty();
    if (kind == Kind.AIRFLOW) {
      if (user.isBlank()) {
        throw new InvalidDraft("User: Airflow signs in with a user and a password; enter the user");
      }
      login = Optional.of(user.strip());
    }
    Optional<SecretRef> ref =
        switch (kind) {
          case AIRFLOW -> Optional.of(secret.toRef("Password"));
          case KUBEFLOW, ARGO_SERVER ->
              secret.text().isBlank() ? Optional.empty() : Optional.of(secret.toRef("Token"));
          case ARGO_CONTEXT -> Optional.empty();
        };
    List<String> names =
        kind == Kind.AIRFLOW
            ? List.of()
            : Arrays.stream(namespaces.split(","))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
    if (kind == Kind.KUBEFLOW && names.size() > 1) {
      throw new InvalidDraft(
          "Namespace: Kubeflow Pipelines reads one profile namespace, was " + names);
    }
    Optional<PipelinePlacement> placement = placement();
    try {
      return new PipelineEntry(id, kind, name, where, login, ref, names, interval(), placement);
    } catch (IllegalArgumentException e) {
      throw new InvalidDraft(e.getMessage());
    }
  }

  public static PipelineDraft of(PipelineEntry entry) {
    return new PipelineDraft(
        entry.kind(),
        entry.name(),
        entry.target(),
        entry.user().orElse(""),
        entry.secret().map(SecretInput::of).orElse(SecretInput.NONE),
        String.join(", ", entry.namespaces()),
        Long.toString(entry.interval().toSeconds()),
        entry.placement().map(PipelinePlacement::namespace).orElse(""),
        entry.placement().flatMap(PipelinePlacement::cluster).orElse(""),
        entry.placement().map(PipelinePlacement::labelsText).orElse(""));
  }

  /**
   * {@code airflow:host:port}, {@code argo-context:lab}, or with {@code -2}, {@code -3}... when
   * that is taken.
   */
  public String freshId(SavedConnections current) {
    String where = target.strip();
    if (kind.usesUrl()) {
      try {
        URI uri = new URI(where);
        where =
            uri.getHost() == null
                ? where
                : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      } catch (URISyntaxException e) {
        // toEntry names the mistake
      }
    }
    String base = kind.json() + ":" + where.toLowerCase(Locale.ROOT);
    String id = base;
    for (int n = 2; current.pipeline(id).isPresent(); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  public PipelineDraft withTarget(String newTarget) {
    return new PipelineDraft(
        kind, name, newTarget, user, secret, namespaces, intervalSeconds, runsIn, cluster, labels);
  }

  /**
   * None when all three are blank; a cluster or labels without a namespace is a mistake, not
   * "anywhere".
   */
  private Optional<PipelinePlacement> placement() {
    if (runsIn.isBlank() && cluster.isBlank() && labels.isBlank()) {
      return Optional.empty();
    }
    if (runsIn.isBlank()) {
      throw new InvalidDraft(
          "Runs in namespace: name the namespace the pipelines' pods run in, or clear cluster and labels");
    }
    Map<String, String> pairs;
    try {
      pairs = PipelinePlacement.parseLabels(labels);
    } catch (IllegalArgumentException e) {
      throw new InvalidDraft("Labels: " + e.getMessage());
    }
    try {
      return Optional.of(new PipelinePlacement(Optional.of(cluster), runsIn, pairs));
    } catch (IllegalArgumentException e) {
      throw new InvalidDraft("Runs in namespace: " + e.getMessage());
    }
  }

  private void checkUrl(String url) {
    String problem = "URL: an http(s) URL looks like " + example() + ", was '" + url + "'";
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getHost().isBlank()) {
        throw new InvalidDraft(problem);
      }
    } catch (URISyntaxException e) {
      throw new InvalidDraft(problem);
    }
  }

  private String example() {
    return switch (kind) {
      case AIRFLOW -> "http://airflow:8080";
      case KUBEFLOW -> "http://ml-pipeline-ui.kubeflow:80";
      case ARGO_SERVER, ARGO_CONTEXT -> "https://argo-server.argo:2746";
    };
  }

  private Duration interval() {
    try {
      long seconds = Long.parseLong(intervalSeconds.strip());
      if (seconds >= PipelineEntry.MIN_INTERVAL.toSeconds()) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new InvalidDraft(
        "Interval: whole seconds, at least "
            + PipelineEntry.MIN_INTERVAL.toSeconds()
            + ", was '"
            + intervalSeconds
            + "'");
  }
}
