package dev.fleetscope.app;

import dev.fleetscope.app.cli.ApplyCommand;
import dev.fleetscope.app.cli.AuditCommand;
import dev.fleetscope.app.cli.DriftCommand;
import dev.fleetscope.app.cli.PipelinesCommand;
import dev.fleetscope.app.cli.RecommendCommand;
import dev.fleetscope.app.cli.RollbackCommand;
import dev.fleetscope.app.cli.SimulateCommand;
import dev.fleetscope.app.cli.VersionProvider;
import dev.fleetscope.app.config.AppDirs;
import dev.fleetscope.app.connections.ConnectedSources;
import dev.fleetscope.app.connections.ConnectionsStore;
import dev.fleetscope.app.live.LiveFleet;
import dev.fleetscope.app.metrics.ConsoleMetrics;
import dev.fleetscope.app.ui.ConsoleApp;
import dev.fleetscope.app.ui.ConsoleOptions;
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
    subcommands = {SimulateCommand.class, RecommendCommand.class, ApplyCommand.class, RollbackCommand.class, AuditCommand.class,
        DriftCommand.class, PipelinesCommand.class, CommandLine.HelpCommand.class})
public final class Fleetscope implements Callable<Integer> {
  @Option(names = "--smoke", description = "Open the console, wait for the first live frame, print its time and exit.")
  boolean smoke;

  @Option(names = "--seed", description = "Demo fleet seed. Default: ${DEFAULT-VALUE}.")
  long seed = Simulator.DEFAULT_SEED;

  @Option(names = "--metrics-listen", paramLabel = "HOST:PORT", converter = SimulateCommand.AddressConverter.class,
      description = "Serve the console's own health (source polls, errors, staleness) as Prometheus metrics.")
  SimulateCommand.Address metricsListen;

  @Override
  public Integer call() throws Exception {
    Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    // Start the sources before the window: the demo fleet builds while JavaFX starts. Saved connections only
    // read a local file here; each remote source connects on its own thread at its first poll.
    AppDirs dirs = AppDirs.forCurrentUser();
    try (ConsoleMetrics metrics = new ConsoleMetrics()) {
      LiveFleet fleet = new LiveFleet(List.of(), Clock.systemUTC(), metrics);
      ConnectedSources connections = new ConnectedSources(new ConnectionsStore(dirs), fleet,
          () -> new DemoFleetSource(seed, Clock.systemUTC(), Duration.ofSeconds(2)), System.getenv(), Clock.systemUTC());
      connections.start();
      metrics.watch(fleet::latest);
      fleet.start();
      if (metricsListen != null) {
        int port = metrics.listen(metricsListen.host(), metricsListen.port());
        System.err.printf("Console metrics at http://%s:%d/metrics%n", metricsListen.host(), port);
      }
      ConsoleApp.launch(new ConsoleOptions(fleet, dirs, smoke, processStart, System.out, connections));
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Fleetscope()).execute(args));
  }
}
