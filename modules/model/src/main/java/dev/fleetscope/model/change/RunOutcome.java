package dev.fleetscope.model.change;

import java.time.Instant;

/** How an audited run ended. */
public record RunOutcome(Kind kind, Instant at, String detail) {
  public enum Kind {
    /** Every change was sent and rolled out. */
    COMPLETED,
    /**
     * Stopped at the first refused change or failed rollout; the changes after it were not sent.
     */
    STOPPED,
    /** The user cancelled it between two changes. */
    CANCELLED,
    /** The process died mid-run; found and reconciled with the cluster on the next start. */
    INTERRUPTED
  }
}
