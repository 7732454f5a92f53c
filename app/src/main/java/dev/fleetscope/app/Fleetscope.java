package dev.fleetscope.app;

import dev.fleetscope.app.logging.LogFile;
import dev.fleetscope.cli.command.AlertsCommand;
import dev.fleetscope.cli.command.ApplyCommand;
import dev.fleetscope.cli.command.AuditCommand;
import dev.fleetscope.cli.command.CommandLines;
import dev.fleetscope.cli.command.CostCommand;
import dev.fleetscope.cli.command.DriftCommand;
import dev.fleetscope.cli.command.ExitCode;
import dev.fleetscope.cli.command.NodesCommand;
import dev.fleetscope.cli.command.PackCommand;
import dev.fleetscope.cli.command.PipelinesCommand;
import dev.fleetscope.cli.command.PricesCommand;
import dev.fleetscope.cli.command.RecommendCommand;
import dev.fleetscope.cli.command.RollbackCommand;
import dev.fleetscope.cli.command.ServingCommand;
import dev.fleetscope.cli.command.SimulateCommand;
import dev.fleetscope.cli.command.SinceConverter;
import dev.fleetscope.cli.command.TriggerCommand;
import dev.fleetscope.cli.command.UpdateCommand;
import dev.fleetscope.cli.command.VersionProvider;
import dev.fleetscope.console.ScreenMode;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.JvmStart;
import dev.fleetscope.runtime.StartupTrace;
import dev.fleetscope.simulator.Simulator;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code fleetscope}: opens the console; its subcommands are the headless command line. */
@Command(
    name = "fleetscope",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Operations console for ML fleets: utilization, rightsizing, cost, drift and pipelines.")
public final class Fleetscope implements Callable<Integer> {
  /** The headless command line. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          SimulateCommand.class,
          RecommendCommand.class,
          ApplyCommand.class,
          RollbackCommand.class,
          AuditCommand.class,
          CostCommand.class,
          PricesCommand.class,
          NodesCommand.class,
          PackCommand.class,
          DriftCommand.class,
          PipelinesCommand.class,
          ServingCommand.class,
          UpdateCommand.class,
          AlertsCommand.class,
          TriggerCommand.class,
          CommandLine.HelpCommand.class);

  @Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      scope = ScopeType.INHERIT,
      description =
          "How much the log file holds: error, warn, info (default), debug or trace. The"
              + " terminal never gets the log.")
  void logLevel(String level) {
    if (!List.of("error", "warn", "info", "debug", "trace").contains(level)) {
      throw new ParameterException(
          spec.commandLine(),
          "--log-level " + level + ": give one of error, warn, info, debug, trace");
    }
    LogFile.level(level);
  }

  @Option(
      names = "--smoke",
      description = "Open the console, wait for the first live frame, print its time and exit.")
  boolean smoke;

  @Option(names = "--seed", description = "Demo fleet seed. Default: ${DEFAULT-VALUE}.")
  long seed = Simulator.DEFAULT_SEED;

  @Option(
      names = "--metrics-listen",
      paramLabel = "HOST:PORT",
      converter = SimulateCommand.AddressConverter.class,
      description =
          "Serve the console's own health (source polls, errors, staleness) and its rightsizing (recommendations, "
              + "apply outcomes) as Prometheus metrics.")
  SimulateCommand.Address metricsListen;

  @Option(
      names = "--read-only",
      description =
          "Change no cluster: previews work; dry runs, applies and rollbacks are disabled.")
  boolean readOnly;

  @Option(
      names = "--wall",
      description =
          "Wall screen: full screen, read-only, no navigation or editing, the views in turn "
              + "(Space pauses, arrow keys move on or back).")
  boolean wall;

  @Option(
      names = "--wall-views",
      paramLabel = "VIEW,...",
      description =
          "The wall's views in order: overview (its tiles) and the boards in large type"
              + " attention (the firing alerts), utilization, pipelines, drift, cost, serving,"
              + " nodes. Default: the settings' wallViews, else attention,overview,pipelines,cost.")
  String wallViews;

  @Option(
      names = "--wall-every",
      paramLabel = "DURATION",
      converter = SinceConverter.class,
      description = "How long the wall shows each view, at least 5s. Default: 30s.")
  Duration wallEvery = ScreenMode.Wall.DEFAULT_EVERY;

  @Spec CommandSpec spec;

  private final Composition composition;

  Fleetscope(Composition composition) {
    this.composition = composition;
  }

  @Override
  public Integer call() throws Exception {
    ScreenMode screen = screen();
    Optional<String> noDisplay = composition.missingDisplay();
    if (noDisplay.isPresent()) {
      spec.commandLine().getErr().println("fleetscope: " + noDisplay.get());
      return ExitCode.FAILED;
    }
    composition
        .withSeed(seed)
        .openConsole(
            new Composition.ConsoleLaunch(
                screen, smoke, readOnly, metricsListen, JvmStart.instant(), System.out));
    return 0;
  }

  /**
   * The desktop, or the wall the options describe; a wrong view or a too short time is a usage
   * error.
   */
  ScreenMode screen() {
    if (!wall) {
      return ScreenMode.DESKTOP;
    }
    if (wallEvery.compareTo(Duration.ofSeconds(5)) < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--wall-every "
              + wallEvery.toSeconds()
              + "s is too short for anyone to read a view: give at least 5s");
    }
    try {
      String views =
          wallViews != null
              ? wallViews
              : composition
                  .savedWallViews()
                  .orElse(String.join(",", ScreenMode.Wall.DEFAULT_VIEWS));
      return ScreenMode.Wall.of(views, wallEvery);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          (wallViews != null ? "--wall-views: " : "wallViews in settings.json: ") + e.getMessage());
    }
  }

  public static void main(String[] args) {
    StartupTrace.mark("main entered");
    Host host = Host.forCurrentUser(Simulator.DEFAULT_SEED);
    LogFile.use(host.dirs().logs(), "info");
    LogFile.captureJavaUtilLogging();
    System.exit(commandLine(args, new Composition(host)).execute(args));
  }

  /**
   * The parser for these arguments. Opening the console is the common case and must start fast, so
   * the subcommands (whose models picocli builds by reflection) are added only when an argument
   * could name one or help is asked for.
   */
  static CommandLine commandLine(String[] args, Composition composition) {
    CommandLine cli = new CommandLine(new Fleetscope(composition), composition.commands());
    boolean mayNameSubcommand =
        Arrays.stream(args)
            .anyMatch(a -> !a.startsWith("-") || a.equals("-h") || a.equals("--help"));
    if (mayNameSubcommand) {
      // A run of one command (the first argument names it) builds only that command's model:
      // building all of them costs a command-line run about 0.3 s. Help and the rest get them all.
      SUBCOMMANDS.stream()
          .filter(c -> c != CommandLine.HelpCommand.class)
          .filter(c -> c.getAnnotation(Command.class).name().equals(args[0]))
          .findFirst()
          .ifPresentOrElse(cli::addSubcommand, () -> SUBCOMMANDS.forEach(cli::addSubcommand));
    }
    // "--wall-views drift" names a board, not the drift command
    cli.setAllowSubcommandsAsOptionParameters(true);
    return CommandLines.configure(cli);
  }
}
