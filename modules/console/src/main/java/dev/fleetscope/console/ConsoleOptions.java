package dev.fleetscope.console;

import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.UserActivity;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.ConnectionsStore;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.runtime.serving.FleetServing;
import dev.fleetscope.runtime.updates.DailyUpdateCheck;
import dev.fleetscope.simulator.DemoFleetSource;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the console is started with, built by the launcher's composition root.
 *
 * @param fleet the live sources, already started (so the demo fleet builds while the window opens)
 * @param pipelines the pipeline sources, polled once the window is up, and where their pods run
 * @param host the user's folders, the clock, the environment and the demo fleet's seed
 * @param smoke open, wait for the first live frame, print its time since {@code processStart} (the
 *     JVM's start), exit
 * @param changes how recommendations are applied: the writer of each cluster, the audit log,
 *     read-only mode
 * @param connections the saved connections, whose sources are in {@code fleet}; the Connections
 *     view edits them
 * @param screen a desktop window, or a wall screen (whose {@code changes} must be read-only)
 * @param serving what the model servers of the shown fleet delivered (the Serving view, the
 *     Overview's tile, latency beside a rightsizing)
 * @param updates the daily check for a newer release (a desktop only, unless the settings say no)
 * @param afterFirstFrame work held back while the window opens, so as not to share the CPU with it
 *     (the demo fleet's 14 days of history): run once, when the first live frame is shown or 5 s
 *     after the window opened without one
 * @param activity told of every key, click and pointer move in the window, so that the heap is
 *     trimmed when nobody is working in it
 */
public record ConsoleOptions(
    LiveFleet fleet,
    PipelineSetup pipelines,
    Host host,
    boolean smoke,
    Instant processStart,
    PrintStream out,
    ChangeSetup changes,
    ConnectedSources connections,
    ScreenMode screen,
    FleetServing serving,
    DailyUpdateCheck updates,
    Runnable afterFirstFrame,
    UserActivity activity) {

  public ConsoleOptions {
    if (screen instanceof ScreenMode.Wall && !changes.readOnly()) {
      throw new IllegalArgumentException(
          "a wall screen changes no cluster: its changes must be read-only");
    }
  }

  /**
   * For a fleet whose sources were made by hand (tests): no cluster can be changed (no writer
   * registered), the audit log under {@code dirs}, connections saved under {@code dirs} are not
   * connected, and no model serving is read.
   */
  public ConsoleOptions(
      LiveFleet fleet,
      PipelineSetup pipelines,
      AppDirs dirs,
      boolean smoke,
      Instant processStart,
      PrintStream out) {
    this(fleet, pipelines, Host.at(dirs), smoke, processStart, out);
  }

  private ConsoleOptions(
      LiveFleet fleet,
      PipelineSetup pipelines,
      Host host,
      boolean smoke,
      Instant processStart,
      PrintStream out) {
    this(
        fleet,
        pipelines,
        host,
        smoke,
        processStart,
        out,
        ChangeSetup.forUser(host.dirs(), new ClusterWriters(), false, RightsizingObserver.NONE),
        new ConnectedSources(
            new ConnectionsStore(host.dirs()),
            fleet,
            DemoFleetSource::standard,
            host.environment(),
            host.clock()),
        ScreenMode.DESKTOP,
        new FleetServing(Optional::empty, List::of, Map.of()),
        DailyUpdateCheck.OFF,
        () -> {},
        new UserActivity());
  }

  /**
   * The same options applying recommendations through {@code other} (tests that register a writer).
   */
  public ConsoleOptions withChanges(ChangeSetup other) {
    return with(other, connections, screen, serving, updates, afterFirstFrame, activity);
  }

  /**
   * The same options editing {@code other}'s connections (tests that add sources in the Connections
   * view).
   */
  public ConsoleOptions withConnections(ConnectedSources other) {
    return with(changes, other, screen, serving, updates, afterFirstFrame, activity);
  }

  /** The same options on a wall screen; {@code changes} must be read-only. */
  public ConsoleOptions onWall(ScreenMode.Wall wall) {
    return with(changes, connections, wall, serving, updates, afterFirstFrame, activity);
  }

  /** The same options reading model serving from {@code other} (tests of the Serving view). */
  public ConsoleOptions withServing(FleetServing other) {
    return with(changes, connections, screen, other, updates, afterFirstFrame, activity);
  }

  /** The same options checking for updates with {@code other} (tests point it at their feed). */
  public ConsoleOptions withUpdates(DailyUpdateCheck other) {
    return with(changes, connections, screen, serving, other, afterFirstFrame, activity);
  }

  /** The same options running {@code other} once the first live frame is shown. */
  public ConsoleOptions withAfterFirstFrame(Runnable other) {
    return with(changes, connections, screen, serving, updates, other, activity);
  }

  /** The same options telling {@code other} when the user works in the window. */
  public ConsoleOptions withActivity(UserActivity other) {
    return with(changes, connections, screen, serving, updates, afterFirstFrame, other);
  }

  /** A copy with the components the {@code with…} methods change; the rest are this one's. */
  private ConsoleOptions with(
      ChangeSetup changes,
      ConnectedSources connections,
      ScreenMode screen,
      FleetServing serving,
      DailyUpdateCheck updates,
      Runnable afterFirstFrame,
      UserActivity activity) {
    return new ConsoleOptions(
        fleet,
        pipelines,
        host,
        smoke,
        processStart,
        out,
        changes,
        connections,
        screen,
        serving,
        updates,
        afterFirstFrame,
        activity);
  }
}
