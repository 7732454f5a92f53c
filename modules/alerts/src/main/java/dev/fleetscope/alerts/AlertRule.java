package dev.fleetscope.alerts;

import dev.fleetscope.model.Severity;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One rule: its condition holds for a subject when the kind's value reaches {@code threshold}, and
 * the alert fires once it has held for {@code duration} (zero: at once).
 *
 * @param id unique among the rules; an alert is one per rule id and subject
 * @param threshold in the unit of {@link RuleKind#measures() the kind's value}
 */
public record AlertRule(
    String id,
    RuleKind kind,
    boolean enabled,
    double threshold,
    Duration duration,
    Severity severity,
    Scope scope) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  public AlertRule {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a rule id is lower-case letters, digits, '.', '_' and '-', was '" + id + "'");
    }
    kind.thresholdProblem(threshold).ifPresent(p -> fail(id, p));
    if (duration.isNegative()) {
      fail(id, "the duration cannot be negative, was " + duration);
    }
  }

  private static void fail(String id, String problem) {
    throw new IllegalArgumentException("rule " + id + ": " + problem);
  }

  public AlertRule withThreshold(double threshold) {
    return new AlertRule(id, kind, enabled, threshold, duration, severity, scope);
  }

  public AlertRule withDuration(Duration duration) {
    return new AlertRule(id, kind, enabled, threshold, duration, severity, scope);
  }

  public AlertRule withScope(Scope scope) {
    return new AlertRule(id, kind, enabled, threshold, duration, severity, scope);
  }

  public AlertRule withEnabled(boolean enabled) {
    return new AlertRule(id, kind, enabled, threshold, duration, severity, scope);
  }

  public AlertRule withSeverity(Severity severity) {
    return new AlertRule(id, kind, enabled, threshold, duration, severity, scope);
  }
}
