package dev.fleetscope.cli.command;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertEngine;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.cli.output.AlertsOutput;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.alerts.AlertRulesStore;
import dev.fleetscope.runtime.alerts.DemoAlertInputs;
import dev.fleetscope.runtime.alerts.InputsSummary;
import dev.fleetscope.runtime.alerts.PipelineFacts;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope alerts}: evaluates the alert rules once over the demo fleet or the given
 * pipeline sources and prints the firing alerts, most severe first. With none firing, stderr says
 * what was judged; a source that fails is judged as failing (the {@code source-unhealthy} rule) and
 * makes the exit code 1.
 */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate the alert rules once and print the firing alerts; the demo fleet's when no source "
            + "is given.")
public final class AlertsCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Option(
      names = "--demo",
      description =
          "The demo fleet, its pipelines, its models' drift and its bill (the default without a source)")
  boolean demo;

  @Mixin PipelineServerOptions servers = new PipelineServerOptions();

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "alert rules file (default: alert-rules.json in the config folder, else the defaults)")
  Path rules;

  @Option(
      names = "--since",
      paramLabel = "DURATION",
      defaultValue = "7d",
      converter = SinceConverter.class,
      description = "how far back pipeline runs are read (default: ${DEFAULT-VALUE})")
  Duration since;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json")
  Format format;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description =
          "seed of the demo fleet (default: the console's, " + Simulator.DEFAULT_SEED + ")")
  Long seed;

  @Spec CommandSpec spec;

  private final Host host;
  private final Clock clock;

  public AlertsCommand(Host host) {
    this.host = host;
    this.clock = host.clock();
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<AlertRule> rules = rules();
    if (demo && !servers.none()) {
      throw usage("--demo judges the demo fleet alone: give it or sources, not both");
    }
    boolean failed = false;
    AlertInputs inputs;
    if (servers.none()) {
      long demoSeed = seed == null ? host.seed() : seed;
      if (!demo) {
        err.println("No source given: judging the demo fleet (seed " + demoSeed + ").");
      }
      inputs = DemoAlertInputs.at(demoSeed, clock);
    } else {
      List<PipelineRun> runs = new ArrayList<>();
      List<SourceStatus> statuses = new ArrayList<>();
      for (PipelineSource source : sources()) {
        try (source) {
          runs.addAll(source.poll());
          statuses.add(status(source, SourceState.LIVE, Optional.empty()));
        } catch (Exception e) {
          String message =
              e.getMessage() == null ? source.displayName() + ": " + e : e.getMessage();
          err.println("error: " + message);
          statuses.add(status(source, SourceState.FAILED, Optional.of(message)));
          failed = true;
        }
      }
      inputs =
          AlertInputs.none()
              .withRuns(PipelineFacts.of(runs, List.of(), Optional.empty()))
              .withSources(statuses);
    }
    AlertState state = AlertEngine.next(rules, AlertState.EMPTY, inputs, clock.instant());
    List<Alert> firing = state.firing();
    if (firing.isEmpty()) {
      err.println("No alerts: judged " + InputsSummary.describe(rules, inputs) + ".");
    }
    out.print(format == Format.json ? AlertsOutput.json(firing) : AlertsOutput.table(firing));
    out.flush();
    return failed ? 1 : 0;
  }

  private SourceStatus status(PipelineSource source, SourceState state, Optional<String> message) {
    return new SourceStatus(
        source.id(),
        source.displayName(),
        state,
        state == SourceState.LIVE ? Optional.of(clock.instant()) : Optional.empty(),
        message,
        Optional.empty());
  }

  private List<AlertRule> rules() {
    if (rules != null && !Files.isRegularFile(rules)) {
      throw usage("--rules " + rules + ": no such file");
    }
    AlertRulesStore store =
        rules == null ? new AlertRulesStore(host.dirs()) : new AlertRulesStore(rules);
    AlertRulesStore.Loaded loaded = store.load();
    if (loaded.problem().isPresent()) {
      // what is wrong in the file, without the usage text: the options were right
      throw new IllegalArgumentException(loaded.problem().get());
    }
    return loaded.rules();
  }

  private List<PipelineSource> sources() {
    return servers.sources(spec.commandLine(), this::settings, Optional.empty());
  }

  private SourceSettings settings(String id, String name) {
    SourceSettings defaults = SourceSettings.of(id, name);
    return defaults.withHistory(since).with(defaults.http(), defaults.backoff(), clock);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
