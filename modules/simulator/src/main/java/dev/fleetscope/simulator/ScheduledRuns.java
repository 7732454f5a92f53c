package dev.fleetscope.simulator;

import java.util.List;

/** A batch profile whose runs can be listed: what a CronJob's Jobs were. */
interface ScheduledRuns {
  /** One run, minutes since the epoch, {@code [start, end)}. */
  record Run(long start, long end) {}

  /** The runs that overlap {@code [fromMinute, toMinute)}, oldest first. */
  List<Run> runs(long stream, long fromMinute, long toMinute);
}
