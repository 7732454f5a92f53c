package dev.fleetscope.model.trigger;

import java.time.Instant;
import java.util.Optional;

/**
 * A recorded trigger: what was asked, when, and the answer once there is one.
 *
 * @param answer empty while the request is in flight, or when the process died before the answer
 */
public record TriggerRecord(
    long id, Instant requestedAt, TriggerIntent intent, Optional<TriggerAnswer> answer) {

  public boolean answered() {
    return answer.isPresent();
  }
}
