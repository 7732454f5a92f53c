package dev.fleetscope.model.change;

import java.util.List;
import java.util.Optional;

/**
 * The durable record of every change sent to a cluster. Each method returns only once what it
 * recorded survives a crash or power loss, so a change's intent is on disk before the change is
 * sent and its outcome after.
 */
public interface AuditLog extends AutoCloseable {
  /**
   * Records a run and all its changes as {@link ChangeState#PLANNED}, with their exact previous
   * values.
   */
  RunRecord startRun(String description, List<PlannedChange> changes);

  /** Appends a state to a change's history. */
  void record(long changeId, ChangeState state, String detail);

  void endRun(long runId, RunOutcome.Kind outcome, String detail);

  /** Every run, newest first. */
  List<RunRecord> runs();

  Optional<RunRecord> run(long runId);

  Optional<ChangeRecord> change(long changeId);

  /** Runs without an outcome: interrupted by a crash or a kill. */
  default List<RunRecord> unendedRuns() {
    return runs().stream().filter(r -> !r.ended()).toList();
  }

  @Override
  default void close() {}
}
