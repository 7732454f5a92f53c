package dev.fleetscope.alerts;

import dev.fleetscope.alerts.input.Evidence;
import dev.fleetscope.model.Severity;
import java.time.Instant;
import java.util.Optional;

/**
 * One rule's alert about one subject, as of one evaluation. It carries its rule's kind, severity,
 * scope and threshold, so whoever shows or sends it needs no rule list.
 *
 * @param since when the condition started to hold: from the inputs when they show it (a GPU idle
 *     for hours in its history), else the evaluation that first saw it
 * @param firingSince the evaluation at which it fired; empty while pending
 * @param resolvedAt the evaluation at which its condition no longer held; empty until then
 * @param value the rule kind's value at the last evaluation that saw the condition hold (infinite
 *     for a source that never reported)
 * @param summary one line naming the subject and what is wrong
 * @param link the view and row that explain it
 * @param evidence what it was computed from
 */
public record Alert(
    AlertKey key,
    RuleKind kind,
    Severity severity,
    Scope scope,
    Subject subject,
    Status status,
    Instant since,
    Optional<Instant> firingSince,
    Optional<Instant> resolvedAt,
    double value,
    double threshold,
    String summary,
    AlertLink link,
    Evidence evidence) {

  public enum Status {
    /** The condition holds but not yet for the rule's duration. */
    PENDING,
    FIRING,
    /** It fired, and its condition no longer holds. */
    RESOLVED
  }

  public String ruleId() {
    return key.ruleId();
  }

  public boolean firing() {
    return status == Status.FIRING;
  }

  /** This alert, cleared at {@code at}. */
  Alert resolved(Instant at) {
    return new Alert(
        key,
        kind,
        severity,
        scope,
        subject,
        Status.RESOLVED,
        since,
        firingSince,
        Optional.of(at),
        value,
        threshold,
        summary,
        link,
        evidence);
  }
}
