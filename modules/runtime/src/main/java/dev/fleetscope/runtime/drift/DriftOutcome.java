package dev.fleetscope.runtime.drift;

import dev.fleetscope.drift.DriftReport;
import java.time.Duration;
import java.time.Instant;

/** The result of one {@link Comparison}: a report, or why there is none. */
public sealed interface DriftOutcome permits DriftOutcome.Computed, DriftOutcome.Failed {
  Instant computedAt();

  /**
   * @param reference what the reference data was (a time window or a file), for people
   * @param current what the current data was
   * @param took how long reading and analysing took
   */
  record Computed(
      DriftReport report,
      String reference,
      long referenceRows,
      String current,
      long currentRows,
      Instant computedAt,
      Duration took)
      implements DriftOutcome {}

  /**
   * @param message what is wrong, naming the file, line, column or window at fault
   */
  record Failed(String message, Instant computedAt) implements DriftOutcome {}
}
