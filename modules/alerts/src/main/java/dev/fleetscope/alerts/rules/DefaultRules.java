package dev.fleetscope.alerts.rules;

import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.RuleKind;
import dev.fleetscope.alerts.Scope;
import dev.fleetscope.model.Severity;
import java.time.Duration;
import java.util.List;

/**
 * The rules Fleetscope ships with, one per kind, each named after its kind. docs/alerts.md gives
 * the reason for each number.
 */
public final class DefaultRules {
  private DefaultRules() {}

  public static List<AlertRule> all() {
    return List.of(
        rule(RuleKind.SOURCE_UNHEALTHY, 5, Duration.ofMinutes(2), Severity.CRITICAL),
        rule(RuleKind.PIPELINE_FAILED, 1, Duration.ZERO, Severity.CRITICAL),
        rule(RuleKind.DATASET_DRIFT, 0.5, Duration.ZERO, Severity.WARNING),
        rule(RuleKind.OOM_KILLS, 1, Duration.ZERO, Severity.WARNING),
        rule(RuleKind.CPU_THROTTLING, 0.25, Duration.ofMinutes(15), Severity.WARNING),
        rule(RuleKind.COST_OVER_FORECAST, 0.2, Duration.ZERO, Severity.WARNING),
        rule(RuleKind.PIPELINE_SLOW, 1.0, Duration.ZERO, Severity.INFO),
        rule(RuleKind.GPU_IDLE, 0.05, Duration.ofHours(1), Severity.INFO));
  }

  /** The default rule of one kind: what a new rule of that kind starts from in an editor. */
  public static AlertRule of(RuleKind kind) {
    return all().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
  }

  private static AlertRule rule(
      RuleKind kind, double threshold, Duration duration, Severity severity) {
    return new AlertRule(kind.id(), kind, true, threshold, duration, severity, Scope.ALL);
  }
}
