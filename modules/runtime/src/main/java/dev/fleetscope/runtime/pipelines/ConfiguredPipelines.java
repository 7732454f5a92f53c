package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.runtime.connections.KubeconfigEntry;
import dev.fleetscope.runtime.connections.MissingSecretException;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.SecretRef;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * Turns the saved pipeline connections into sources, as {@link PipelineSources} makes them for the
 * command line. Secrets and kubeconfigs are read when a source connects, never when it is listed.
 */
public final class ConfiguredPipelines {
  private final Map<String, String> environment;
  private final Path home;
  private final Clock clock;
  private final Supplier<List<KubeconfigEntry>> kubeconfigs;

  /**
   * @param environment where secrets named by environment variable (and {@code KUBECONFIG}) are
   *     looked up
   * @param home the user's home, for {@code ~/.kube/config}
   * @param kubeconfigs the kubeconfigs an Argo context is looked for in, the environment's first
   */
  public ConfiguredPipelines(
      Map<String, String> environment,
      Path home,
      Clock clock,
      Supplier<List<KubeconfigEntry>> kubeconfigs) {
    this.environment = Map.copyOf(environment);
    this.home = home;
    this.clock = clock;
    this.kubeconfigs = kubeconfigs;
  }

  /** One source per entry, each connecting at its first poll: costs no I/O now. */
  public List<PipelineSource> sources(List<PipelineEntry> entries) {
    return entries.stream()
        .<PipelineSource>map(
            e -> new DeferredPipelineSource(e.id(), e.name(), e.interval(), () -> connect(e)))
        .toList();
  }

  /**
   * The source now: reads its secret, or its kubeconfig and connects the context. Blocks; never on
   * the FX thread.
   *
   * @throws MissingSecretException when the secret is not where the entry says
   * @throws IllegalArgumentException when the URL is not one or no kubeconfig has the context
   */
  public PipelineSource connect(PipelineEntry entry) throws Exception {
    SourceSettings settings =
        SourceSettings.of(entry.id(), entry.name())
            .withInterval(entry.interval())
            .withDeadlines(entry.deadlines());
    settings = settings.with(settings.http(), settings.backoff(), clock);
    Optional<String> secret = secret(entry);
    return switch (entry.kind()) {
      case AIRFLOW ->
          PipelineSources.airflow(
              settings, url(entry), entry.user().orElseThrow(), secret.orElseThrow());
      case KUBEFLOW ->
          PipelineSources.kubeflow(
              settings, url(entry), secret, entry.namespaces().stream().findFirst());
      case ARGO_SERVER ->
          PipelineSources.argoServer(settings, url(entry), secret, entry.argoNamespaces());
      case ARGO_CONTEXT ->
          PipelineSources.argoContext(
              settings,
              PipelineSources.contextLister(
                  kubeconfig(entry.target()), entry.target(), settings, false),
              entry.argoNamespaces());
    };
  }

  private Optional<String> secret(PipelineEntry entry) throws MissingSecretException {
    Optional<SecretRef> ref = entry.secret();
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ref.get().read(environment));
    } catch (MissingSecretException e) {
      throw new MissingSecretException(entry.kind().secretField() + ": " + e.getMessage());
    }
  }

  private static HttpUrl url(PipelineEntry entry) {
    return PipelineSources.url(entry.target())
        .orElseThrow(
            () -> new IllegalArgumentException("'" + entry.target() + "' is not an http(s) URL"));
  }

  /**
   * The first listed kubeconfig that has the context; files that cannot be read are named when none
   * has it.
   */
  private Kubeconfig kubeconfig(String context) {
    List<String> looked = new ArrayList<>();
    for (KubeconfigEntry entry : kubeconfigs.get()) {
      try {
        Kubeconfig kubeconfig = entry.load(environment, home);
        if (kubeconfig.context(context).isPresent()) {
          return kubeconfig;
        }
        looked.add(entry.describe());
      } catch (RuntimeException e) {
        looked.add(entry.describe() + " (" + e.getMessage() + ")");
      }
    }
    throw new IllegalArgumentException(
        "no kubeconfig has the context " + context + "; looked in " + String.join(", ", looked));
  }
}
