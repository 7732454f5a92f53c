package dev.fleetscope.cli.command;

import dev.fleetscope.cli.output.RunsJson;
import dev.fleetscope.cli.output.RunsTable;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.pipelines.argo.WorkflowLister;
import dev.fleetscope.pipelines.live.RunFilter;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.pipelines.PipelineSources;
import dev.fleetscope.simulator.pipelines.DemoPipelines;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope pipelines}: the runs of the given Airflow, Kubeflow Pipelines and Argo
 * Workflows (the demo fleet's when none is given) over a recent window, as a table or as JSON. A
 * source that fails is reported on stderr and the others are still listed; the exit code is then 1.
 */
@Command(
    name = "pipelines",
    mixinStandardHelpOptions = true,
    description =
        "Pipeline runs of Airflow, Kubeflow Pipelines and Argo Workflows; the demo fleet's when no "
            + "source is given.")
public final class PipelinesCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(PipelinesCommand.class);

  /**
   * Opens the Argo workflows of a kubeconfig context; the app wires it to the Kubernetes module.
   */
  @FunctionalInterface
  public interface ArgoContexts {
    WorkflowLister open(String context) throws IOException;
  }

  enum Format {
    table,
    json
  }

  @Mixin PipelineServerOptions servers = new PipelineServerOptions();

  @Option(
      names = "--argo-context",
      paramLabel = "CTX",
      description = "Argo Workflows through this kubeconfig context (instead of --argo-server)")
  String argoContext;

  @Option(
      names = "--kfp-namespace",
      paramLabel = "NS",
      description = "profile namespace of a multi-user Kubeflow")
  String kfpNamespace;

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      split = ",",
      description =
          "kubeconfig file(s) for --argo-context, merged like KUBECONFIG (default: $KUBECONFIG or ~/.kube/config)")
  List<Path> kubeconfigs = List.of();

  @Option(
      names = "--since",
      paramLabel = "DURATION",
      defaultValue = "24h",
      converter = SinceConverter.class,
      description = "how far back: 30m, 24h, 7d (default: ${DEFAULT-VALUE})")
  Duration since;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      split = ",",
      converter = StateConverter.class,
      description =
          "only runs in these states: queued, running, succeeded, failed, skipped, canceled, paused, unknown")
  List<RunState> states = List.of();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json")
  Format format;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "seed of the demo fleet")
  long seed;

  @Mixin TimeoutOption timeout = new TimeoutOption();

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Optional<ArgoContexts> argoContexts;

  /**
   * {@code --argo-context} lists workflows through the Kubernetes API, read-only, with the
   * kubeconfig's credentials.
   */
  public PipelinesCommand(Host host) {
    this.clock = host.clock();
    this.argoContexts = Optional.of(context -> kubernetesLister(context, host.environment()));
  }

  private WorkflowLister kubernetesLister(String context, Map<String, String> environment)
      throws IOException {
    Kubeconfigs kubeconfig = Kubeconfigs.load(kubeconfigs, environment);
    kubeconfig.requireContext(context, "--argo-context names");
    return PipelineSources.contextLister(
        kubeconfig.kubeconfig(), context, settings("argo", context), System.console() != null);
  }

  /**
   * @param argoContexts empty: {@code --argo-context} then says to use {@code --argo-server}
   */
  public PipelinesCommand(Clock clock, Optional<ArgoContexts> argoContexts) {
    this.clock = clock;
    this.argoContexts = argoContexts;
  }

  /**
   * Lists the runs of every source that answered; a source that failed is named on standard error
   * and the exit code is then {@link ExitCode#SOURCE_FAILED}, with nothing on standard output when
   * none answered. No run in the window is a success, said on standard error.
   */
  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PipelineSource> sources = sources();
    if (sources.isEmpty()) {
      err.println("No source given: showing the demo fleet's pipelines (seed " + seed + ").");
      sources = DemoPipelines.sources(seed, clock);
    }
    List<PipelineRun> runs = new ArrayList<>();
    int failed = 0;
    for (PipelineSource source : sources) {
      try (OnExit.Guard<PipelineSource> guard = OnExit.guard(source)) {
        runs.addAll(guard.client().poll());
      } catch (Exception e) {
        Failure failure = Failure.of(e);
        LOG.warn("{} failed", source.displayName(), e);
        err.println(
            "fleetscope pipelines: "
                + (e.getMessage() == null ? source.displayName() + ": " : "")
                + failure.message());
        failed++;
      }
    }
    if (failed == sources.size()) {
      return ExitCode.SOURCE_FAILED; // nothing was read: an empty table would read as "no runs"
    }
    Instant now = clock.instant();
    RunFilter filter = RunFilter.since(now.minus(since)).withStates(Set.copyOf(states));
    List<PipelineRun> shown =
        runs.stream()
            .filter(r -> filter.test(r, now))
            .sorted(
                Comparator.comparing((PipelineRun r) -> r.anchor(now))
                    .reversed()
                    .thenComparing(PipelineRun::runId))
            .toList();
    if (shown.isEmpty() && failed < sources.size()) {
      err.println(
          "fleetscope pipelines: no run"
              + (states.isEmpty() ? "" : " in state " + states)
              + " since "
              + now.minus(since)
              + " ("
              + runs.size()
              + " runs read from "
              + (sources.size() - failed)
              + (sources.size() - failed == 1 ? " source" : " sources")
              + ")");
    }
    out.print(format == Format.json ? RunsJson.write(shown) : RunsTable.write(shown, now));
    out.flush();
    return failed > 0 ? ExitCode.SOURCE_FAILED : ExitCode.OK;
  }

  private List<PipelineSource> sources() throws IOException {
    if (argoContext != null && servers.argoServer != null) {
      throw usage("give --argo-context or --argo-server, not both: Argo is read one way");
    }
    List<PipelineSource> sources =
        new ArrayList<>(
            servers.sources(spec.commandLine(), this::settings, Optional.ofNullable(kfpNamespace)));
    if (argoContext != null) {
      ArgoContexts contexts =
          argoContexts.orElseThrow(
              () ->
                  usage(
                      "--argo-context needs the console's Kubernetes wiring, absent in this build; use --argo-server URL"));
      try {
        sources.add(
            PipelineSources.argoContext(
                settings("argo", "Argo on context " + argoContext),
                contexts.open(argoContext),
                servers.argoNamespaces));
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
    }
    return sources;
  }

  private SourceSettings settings(String id, String name) {
    SourceSettings defaults = SourceSettings.of(id, name);
    return defaults
        .withHistory(since)
        .withDeadlines(timeout.or(defaults.deadlines()))
        .with(defaults.http(), defaults.backoff(), clock);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
