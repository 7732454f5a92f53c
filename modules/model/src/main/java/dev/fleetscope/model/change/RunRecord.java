package dev.fleetscope.model.change;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An audited run (one apply, resumption or rollback) and its changes in the order they were
 * planned.
 */
public record RunRecord(
    long id,
    Instant startedAt,
    String description,
    Optional<RunOutcome> outcome,
    List<ChangeRecord> changes) {
  public RunRecord {
    changes = List.copyOf(changes);
  }

  /** A run without an outcome was interrupted (or is still running in another process). */
  public boolean ended() {
    return outcome.isPresent();
  }
}
