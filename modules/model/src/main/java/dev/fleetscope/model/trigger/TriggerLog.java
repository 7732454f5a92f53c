package dev.fleetscope.model.trigger;

import java.util.List;
import java.util.Optional;

/**
 * The durable record of every pipeline run started from Fleetscope. As with the change audit log,
 * the intent is on disk before the request is sent and the answer after, so a crash between the two
 * leaves a trigger without an answer rather than no trace at all.
 */
public interface TriggerLog {
  /** Records a trigger about to be sent; returns it with its id and time. */
  TriggerRecord recordIntent(TriggerIntent intent);

  /** Records the orchestrator's answer (or why there was none). Each trigger is answered once. */
  void recordAnswer(long triggerId, TriggerAnswer answer);

  /** Every trigger, newest first. */
  List<TriggerRecord> triggers();

  Optional<TriggerRecord> trigger(long triggerId);
}
