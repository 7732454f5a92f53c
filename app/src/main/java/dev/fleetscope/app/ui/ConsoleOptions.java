package dev.fleetscope.app.ui;

import dev.fleetscope.app.changes.ChangeSetup;
import dev.fleetscope.app.changes.ClusterWriters;
import dev.fleetscope.app.changes.RightsizingObserver;
import dev.fleetscope.app.config.AppDirs;
import dev.fleetscope.app.live.LiveFleet;
import dev.fleetscope.app.pipelines.PipelineSetup;
import java.io.PrintStream;
import java.time.Instant;

/**
 * What the console is started with.
 *
 * @param fleet the live sources, already started (so the demo fleet builds while the window opens)
 * @param pipelines the pipeline sources, polled once the window is up, and where their pods run
 * @param smoke open, wait for the first live frame, print its time since {@code processStart}, exit
 * @param changes how recommendations are applied: the writer of each cluster, the audit log, read-only mode
 */
public record ConsoleOptions(LiveFleet fleet, PipelineSetup pipelines, AppDirs dirs, boolean smoke, Instant processStart,
    PrintStream out, ChangeSetup changes) {

  /** A console that can change no cluster (no writer registered), with the user's audit log. */
  public ConsoleOptions(LiveFleet fleet, PipelineSetup pipelines, AppDirs dirs, boolean smoke, Instant processStart,
      PrintStream out) {
    this(fleet, pipelines, dirs, smoke, processStart, out,
        ChangeSetup.forUser(dirs, new ClusterWriters(), false, RightsizingObserver.NONE));
  }
}
