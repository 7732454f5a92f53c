package dev.fleetscope.model.change;

import java.util.List;
import java.util.Optional;

/**
 * An audited change: what it changes (with the exact previous values) and every state it went
 * through.
 */
public record ChangeRecord(
    long id,
    long runId,
    ChangeKind kind,
    Optional<Long> origin,
    ApplyMethod method,
    WorkloadChange change,
    List<ChangeEvent> history) {

  public ChangeRecord {
    if (history.isEmpty()) {
      throw new IllegalArgumentException("change " + id + " has no recorded state");
    }
    history = List.copyOf(history);
  }

  public ChangeState state() {
    return history.getLast().state();
  }

  public ChangeEvent latest() {
    return history.getLast();
  }

  /** This change as planned, for a run that retries or undoes it. */
  public PlannedChange planned() {
    return new PlannedChange(kind, origin, method, change);
  }
}
