package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.pipelines.airflow.AirflowSource;
import dev.fleetscope.pipelines.argo.ArgoServerLister;
import dev.fleetscope.pipelines.argo.ArgoSource;
import dev.fleetscope.pipelines.argo.WorkflowLister;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.kubeflow.KubeflowSource;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * How each kind of pipeline source is made, for the command line ({@code fleetscope pipelines}) and
 * the console's saved connections alike, so both talk to a system the same way.
 */
public final class PipelineSources {
  private PipelineSources() {}

  /** Airflow 2 or 3 (the version is detected at the first poll), basic auth. */
  public static PipelineSource airflow(
      SourceSettings settings, HttpUrl base, String user, String password) {
    return new AirflowSource(settings, base, user, password);
  }

  /**
   * Kubeflow Pipelines (v2beta1), with a bearer token when one is given, in a profile namespace
   * when one is given.
   */
  public static PipelineSource kubeflow(
      SourceSettings settings, HttpUrl base, Optional<String> token, Optional<String> namespace) {
    return new KubeflowSource(
        settings, base, Credentials.bearerOrNone(token.orElse(null)), namespace);
  }

  /** Argo Workflows through the Argo Server API, with a bearer token when one is given. */
  public static PipelineSource argoServer(
      SourceSettings settings, HttpUrl base, Optional<String> token, List<String> namespaces) {
    ArgoServerLister lister =
        new ArgoServerLister(base, settings.json(Credentials.bearerOrNone(token.orElse(null))));
    return ArgoSource.server(settings, lister, namespaces);
  }

  /**
   * Argo Workflows listed by {@code lister} (a kubeconfig context's, see {@link #contextLister});
   * no links to a UI.
   */
  public static PipelineSource argoContext(
      SourceSettings settings, WorkflowLister lister, List<String> namespaces) {
    return new ArgoSource(settings, lister, namespaces, (ns, name) -> Optional.empty());
  }

  /**
   * Lists Argo workflows through the Kubernetes API of a kubeconfig context, read-only, with the
   * context's credentials and the source's deadlines. Connects the context now (may read token
   * files or run an exec plugin, which at a terminal runs before the first request so that it may
   * prompt): never on the FX thread.
   *
   * @param terminal whether an exec plugin may prompt on the terminal (the command line at one)
   */
  public static WorkflowLister contextLister(
      Kubeconfig kubeconfig, String context, SourceSettings settings, boolean terminal)
      throws IOException {
    Connections connections =
        new Connections(
            new ClusterConnector(
                kubeconfig, true, settings.deadlines(), terminal, settings.clock()));
    KubernetesWorkflowLister lister =
        KubernetesWorkflowLister.open(connections, context, settings.backoff(), settings.clock());
    if (terminal) {
      connections.connection(context).signIn();
    }
    return lister;
  }

  /** The URL if it is an http(s) URL. */
  public static Optional<HttpUrl> url(String text) {
    return Optional.ofNullable(text == null ? null : HttpUrl.parse(text.strip()));
  }
}
