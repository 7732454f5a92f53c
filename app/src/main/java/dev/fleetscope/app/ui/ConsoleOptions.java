package dev.fleetscope.app.ui;

import dev.fleetscope.app.config.AppDirs;
import dev.fleetscope.app.connections.ConnectedSources;
import dev.fleetscope.app.connections.ConnectionsStore;
import dev.fleetscope.app.live.LiveFleet;
import dev.fleetscope.app.pipelines.PipelineSetup;
import dev.fleetscope.simulator.DemoFleetSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;

/**
 * What the console is started with.
 *
 * @param fleet the live sources, already started (so the demo fleet builds while the window opens)
 * @param pipelines the pipeline sources, polled once the window is up, and where their pods run
 * @param smoke open, wait for the first live frame, print its time since {@code processStart}, exit
 * @param connections the saved connections, whose sources are in {@code fleet}; the Connections view edits them
 */
public record ConsoleOptions(LiveFleet fleet, PipelineSetup pipelines, AppDirs dirs, boolean smoke, Instant processStart,
    PrintStream out, ConnectedSources connections) {

  /** For a fleet whose sources were made by hand (tests): connections saved under {@code dirs} are not connected. */
  public ConsoleOptions(LiveFleet fleet, PipelineSetup pipelines, AppDirs dirs, boolean smoke, Instant processStart, PrintStream out) {
    this(fleet, pipelines, dirs, smoke, processStart, out, new ConnectedSources(new ConnectionsStore(dirs), fleet,
        DemoFleetSource::standard, System.getenv(), Clock.systemUTC()));
  }
}
