package dev.fleetscope.console.alerts;

import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.Scope;
import dev.fleetscope.alerts.rules.DurationText;
import dev.fleetscope.alerts.rules.ScopeText;
import dev.fleetscope.alerts.rules.ThresholdText;
import dev.fleetscope.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One rule as the editor holds it: the fields a person types, checked into a rule. Id and kind stay
 * as the rule had them.
 */
record RuleEdit(
    AlertRule base,
    boolean enabled,
    String threshold,
    String duration,
    Severity severity,
    String scope) {

  static RuleEdit of(AlertRule rule) {
    return new RuleEdit(
        rule,
        rule.enabled(),
        ThresholdText.format(rule.kind(), rule.threshold()),
        DurationText.format(rule.duration()),
        rule.severity(),
        ScopeText.format(rule.scope()));
  }

  /** The rules, or what is wrong with them, one line per field naming the rule. */
  record Checked(List<AlertRule> rules, List<String> problems) {}

  static Checked check(List<RuleEdit> edits) {
    List<AlertRule> rules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (RuleEdit edit : edits) {
      edit.rule(problems).ifPresent(rules::add);
    }
    return new Checked(problems.isEmpty() ? List.copyOf(rules) : List.of(), problems);
  }

  private Optional<AlertRule> rule(List<String> problems) {
    int before = problems.size();
    double value = base.threshold();
    try {
      value = ThresholdText.parse(base.kind(), threshold);
    } catch (IllegalArgumentException e) {
      problems.add(base.id() + ", threshold: " + e.getMessage());
    }
    java.time.Duration held = base.duration();
    try {
      held = DurationText.parse(duration);
    } catch (IllegalArgumentException e) {
      problems.add(base.id() + ", for at least: " + e.getMessage());
    }
    Scope watched = base.scope();
    try {
      watched = ScopeText.parse(scope);
    } catch (IllegalArgumentException e) {
      problems.add(base.id() + ", scope: " + e.getMessage());
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        base.withEnabled(enabled)
            .withThreshold(value)
            .withDuration(held)
            .withSeverity(severity)
            .withScope(watched));
  }
}
