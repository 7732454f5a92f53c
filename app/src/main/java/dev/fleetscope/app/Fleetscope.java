package dev.fleetscope.app;

import dev.fleetscope.app.cli.ApplyCommand;
import dev.fleetscope.app.cli.AuditCommand;
import dev.fleetscope.app.cli.DriftCommand;
import dev.fleetscope.app.cli.PipelinesCommand;
import dev.fleetscope.app.cli.RollbackCommand;
import dev.fleetscope.app.cli.SimulateCommand;
import dev.fleetscope.app.cli.VersionProvider;
import dev.fleetscope.app.config.AppDirs;
import dev.fleetscope.app.live.LiveFleet;
import dev.fleetscope.app.pipelines.PipelineSetup;
import dev.fleetscope.app.ui.ConsoleApp;
import dev.fleetscope.app.ui.ConsoleOptions;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleetscope}: opens the console; its subcommands are the headless command line. */
@Command(name = "fleetscope", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Operations console for ML fleets: utilization, rightsizing, cost, drift and pipelines.",
    subcommands = {SimulateCommand.class, ApplyCommand.class, RollbackCommand.class, AuditCommand.class,
        DriftCommand.class, PipelinesCommand.class, CommandLine.HelpCommand.class})
public final class Fleetscope implements Callable<Integer> {
  @Option(names = "--smoke", description = "Open the console, wait for the first live frame, print its time and exit.")
  boolean smoke;

  @Option(names = "--seed", description = "Demo fleet seed. Default: ${DEFAULT-VALUE}.")
  long seed = Simulator.DEFAULT_SEED;

  @Override
  public Integer call() {
    Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    // Start the sources before the window: the demo fleet builds while JavaFX starts.
    List<FleetSource> sources = List.of(new DemoFleetSource(seed, Clock.systemUTC(), Duration.ofSeconds(2)));
    LiveFleet fleet = new LiveFleet(sources, Clock.systemUTC());
    fleet.start();
    PipelineSetup pipelines = PipelineSetup.demo(seed, Clock.systemUTC());
    ConsoleApp.launch(new ConsoleOptions(fleet, pipelines, AppDirs.forCurrentUser(), smoke, processStart, System.out));
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Fleetscope()).execute(args));
  }
}
