package dev.fleetscope.model.trigger;

import java.time.Instant;
import java.util.Optional;

/**
 * How a trigger ended.
 *
 * @param detail the orchestrator's answer as a person reads it ({@code HTTP 200: run
 *     manual__2026-11-23T09:00:00+00:00}), or why nothing was started
 * @param runId the run the orchestrator started, when it started one
 */
public record TriggerAnswer(Outcome outcome, Instant at, String detail, Optional<String> runId) {
  public enum Outcome {
    /** The orchestrator accepted it and named the run it started. */
    STARTED,
    /** The orchestrator answered with a refusal (4xx): nothing was started. */
    REFUSED,
    /**
     * No answer: unreachable, timed out, 5xx after the retries. Whether a run started is unknown.
     */
    FAILED
  }

  public TriggerAnswer {
    detail = detail == null ? "" : detail;
    if (outcome == Outcome.STARTED && runId.isEmpty()) {
      throw new IllegalArgumentException("a started trigger names its run");
    }
  }
}
