package dev.fleetscope.app;

import dev.fleetscope.cli.command.SimulateCommand;
import dev.fleetscope.cli.command.VersionProvider;
import dev.fleetscope.console.ConsoleApp;
import dev.fleetscope.console.ConsoleOptions;
import dev.fleetscope.console.ScreenMode;
import dev.fleetscope.model.poll.PollObserver;
import dev.fleetscope.runtime.HeapTrim;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.StartupTrace;
import dev.fleetscope.runtime.UserActivity;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.config.SettingsStore;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.ConnectionsStore;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.metrics.ConsoleMetrics;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.runtime.serving.FleetServing;
import dev.fleetscope.runtime.updates.DailyUpdateCheck;
import dev.fleetscope.simulator.DemoClusterWriter;
import dev.fleetscope.simulator.DemoFleetSource;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The one place Fleetscope's object graph is built, for the console or for a command, from one
 * {@link Host}: nothing else reads the system's clock, environment or folders.
 */
final class Composition {
  /** How often the demo fleet moves on. */
  private static final Duration DEMO_TICK = Duration.ofSeconds(2);

  /**
   * How often a console left on checks that its heap holds no more than it needs: two reads of a
   * memory pool. A wall promotes about 1 MB a second, so every 30 s let the heap overshoot by tens
   * of megabytes, each one resident from then on.
   */
  private static final Duration HEAP_CHECK = Duration.ofSeconds(5);

  /** How long without a key, click or pointer move before a full collection goes unnoticed. */
  private static final Duration QUIET = Duration.ofSeconds(10);

  private final Host host;

  Composition(Host host) {
    this.host = host;
  }

  /** The same graph with another seed for the demo fleet (the console's {@code --seed}). */
  Composition withSeed(long seed) {
    return new Composition(host.withSeed(seed));
  }

  /**
   * What the console is opened with beyond the host.
   *
   * @param readOnly no cluster is changed (a wall is always read-only)
   * @param metricsListen where to serve the console's own metrics, or null
   */
  record ConsoleLaunch(
      ScreenMode screen,
      boolean smoke,
      boolean readOnly,
      SimulateCommand.Address metricsListen,
      Instant processStart,
      PrintStream out) {}

  /** The wall's boards as the user's settings order them, when they do ({@code wallViews}). */
  Optional<String> savedWallViews() {
    return new SettingsStore(host.dirs()).load().wallViewsOption();
  }

  /** Why the console cannot open a window here, or empty when it can. */
  Optional<String> missingDisplay() {
    return DisplayCheck.missing(
        host.environment(), System.getProperty("os.name"), System.getProperty("glass.platform"));
  }

  /** Opens the console; returns when its window is closed. */
  void openConsole(ConsoleLaunch launch) throws IOException {
    // Start the sources before the window: the demo fleet builds while JavaFX starts (its history
    // once the first frame is shown). Saved connections only read a local file here; each remote
    // source connects on its own thread at its first poll.
    DemoFleetSource demo = DemoFleetSource.holdingHistory(host.seed(), host.clock(), DEMO_TICK);
    // The metrics registry is built only when asked for: its classes cost startup time.
    ConsoleMetrics metrics = launch.metricsListen() == null ? null : new ConsoleMetrics();
    UserActivity activity = new UserActivity();
    HeapTrim trim = HeapTrim.start(HEAP_CHECK, () -> activity.quietFor(QUIET), activity::takeLetGo);
    try (LiveFleet fleet =
        new LiveFleet(List.of(), host.clock(), metrics == null ? PollObserver.NONE : metrics)) {
      // The demo fleet takes rightsizing like a cluster (its writer is made on first use, after
      // the fleet's first poll); each kubeconfig context connected as a source gets a Kubernetes
      // writer.
      ClusterWriters writers = new ClusterWriters();
      writers.registerSource(DemoFleetSource.ID, () -> new DemoClusterWriter(demo.simulator()));
      ConnectedSources connections =
          new ConnectedSources(
              new ConnectionsStore(host.dirs()),
              fleet,
              () -> demo,
              host.environment(),
              host.clock());
      boolean refuseWrites = launch.readOnly() || launch.screen() instanceof ScreenMode.Wall;
      connections.writeThrough(writers, refuseWrites);
      connections.start();
      fleet.start();
      StartupTrace.mark("sources started");
      if (metrics != null) {
        metrics.watch(fleet::latest);
        SimulateCommand.Address at = launch.metricsListen();
        int port = metrics.listen(at.host(), at.port());
        System.err.printf("Console metrics at http://%s:%d/metrics%n", at.host(), port);
      }
      ChangeSetup changes =
          ChangeSetup.forUser(
              host.dirs(),
              writers,
              refuseWrites,
              metrics == null ? RightsizingObserver.NONE : metrics);
      // model serving: the demo fleet's servers and each saved Prometheus's, read per window
      try (FleetServing serving =
          new FleetServing(
              () -> Optional.of(demo.simulator()),
              () -> connections.current().prometheus(),
              host.environment())) {
        ConsoleApp.launch(
            new ConsoleOptions(
                fleet,
                PipelineSetup.demo(host.seed(), host.clock()),
                host,
                launch.smoke(),
                launch.processStart(),
                launch.out(),
                changes,
                connections,
                launch.screen(),
                serving,
                DailyUpdateCheck.of(
                    host, VersionProvider.version(), okhttp3.HttpUrl.get(DailyUpdateCheck.FEED)),
                demo::startHistory,
                activity));
      }
    } finally {
      trim.close();
      if (metrics != null) {
        metrics.close();
      }
    }
  }

  /**
   * Builds every command with this host: a command that takes a {@link Host} gets this one; any
   * other class (options, converters, picocli's own) is made as picocli would.
   */
  CommandLine.IFactory commands() {
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getConstructors()) {
          if (constructor.getParameterCount() == 1
              && constructor.getParameterTypes()[0] == Host.class) {
            return type.cast(constructor.newInstance(host));
          }
        }
        return CommandLine.defaultFactory().create(type);
      }
    };
  }
}
