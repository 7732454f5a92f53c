package dev.fleetscope.apply;

import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import java.time.Duration;
import java.util.List;

/**
 * What a run reports as it goes, in order, each after the audit log holds what it reports: a
 * progress bar per batch counts {@link ChangeFinished} events against {@link
 * BatchStarted#changes()}.
 */
public sealed interface ApplyEvent {
  record RunStarted(RunRecord run, int batches) implements ApplyEvent {}

  /**
   * @param batch counted from 1
   */
  record BatchStarted(int batch, int batches, List<ChangeRecord> changes) implements ApplyEvent {}

  /** The intent is on disk; the change is about to be sent. */
  record Sending(ChangeRecord change) implements ApplyEvent {}

  /** The server accepted the change; its outcome is about to be recorded. */
  record Sent(ChangeRecord change) implements ApplyEvent {}

  /**
   * A change entered a state (accepted, rolled out, failed, not sent) and the audit log holds it.
   */
  record ChangeFinished(long changeId, ChangeState state, String detail) implements ApplyEvent {}

  record Pausing(Duration pause) implements ApplyEvent {}

  record RunEnded(long runId, RunOutcome.Kind outcome, String detail) implements ApplyEvent {}
}
