package dev.fleetscope.alerts.input;

import java.time.Instant;

/** A half-open interval of time, {@code [from, to)}. */
public record TimeWindow(Instant from, Instant to) {
  public TimeWindow {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a window ends after it starts: " + from + "/" + to);
    }
  }

  /** ISO 8601's interval form, as the command line takes it: {@code 2026-11-01T00:00:00Z/...}. */
  @Override
  public String toString() {
    return from + "/" + to;
  }
}
