package dev.fleetscope.pipelines.trigger;

import dev.fleetscope.model.pipeline.RunKey;
import dev.fleetscope.model.trigger.TriggerAnswer;
import java.net.URI;
import java.util.Optional;

/** What a trigger came to. */
public sealed interface TriggerOutcome {
  /** For a person: what happened. */
  String message();

  /**
   * The orchestrator started a run; {@code run} is how its source reports it, to follow it.
   *
   * @param auditId the trigger's record in the audit log
   */
  record Started(RunKey run, Optional<URI> link, long auditId) implements TriggerOutcome {
    @Override
    public String message() {
      return "started run " + run.runId() + link.map(l -> " (" + l + ")").orElse("");
    }
  }

  /** Refused by the session's mode: nothing was sent, so nothing was recorded. */
  record Refused(String reason) implements TriggerOutcome {
    @Override
    public String message() {
      return reason;
    }
  }

  /**
   * Sent and refused ({@link TriggerAnswer.Outcome#REFUSED}), or not answered ({@link
   * TriggerAnswer.Outcome#FAILED}); recorded unless it failed before anything was sent.
   */
  record NotStarted(TriggerAnswer.Outcome outcome, String reason, Optional<Long> auditId)
      implements TriggerOutcome {
    @Override
    public String message() {
      return reason;
    }
  }
}
