package dev.fleetscope.alerts;

import dev.fleetscope.alerts.condition.Condition;
import dev.fleetscope.alerts.condition.Measurement;
import dev.fleetscope.alerts.input.AlertInputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the rules over the inputs, remembering the last state so that alerts fire once,
 * deduplicated by rule and subject, and resolve when their condition no longer holds. A condition
 * fires once it has held for its rule's duration, like Prometheus's {@code for}; a pending alert
 * whose condition stops holding is dropped without a word.
 *
 * <p>{@link #next} is the same evaluation as a pure function, for callers that keep the state.
 * Thread-safe; no clock of its own.
 */
public final class AlertEngine {
  private List<AlertRule> rules;
  private AlertState state = AlertState.EMPTY;

  public AlertEngine(List<AlertRule> rules) {
    this.rules = checked(rules);
  }

  public synchronized AlertState evaluate(AlertInputs inputs, Instant now) {
    state = next(rules, state, inputs, now);
    return state;
  }

  /**
   * Replaces the rules. Alerts of a rule whose id is kept carry on under its new settings; alerts
   * of a removed or disabled rule resolve at the next evaluation.
   */
  public synchronized void rules(List<AlertRule> rules) {
    this.rules = checked(rules);
  }

  public synchronized List<AlertRule> rules() {
    return rules;
  }

  public synchronized AlertState state() {
    return state;
  }

  /** The state after {@code previous} given the inputs at {@code now}. */
  public static AlertState next(
      List<AlertRule> rules, AlertState previous, AlertInputs inputs, Instant now) {
    Map<AlertKey, Alert> before = new LinkedHashMap<>();
    previous.active().forEach(a -> before.put(a.key(), a));
    Set<AlertKey> seen = new HashSet<>();
    List<Alert> active = new ArrayList<>();
    List<Alert> fired = new ArrayList<>();
    for (AlertRule rule : rules) {
      if (!rule.enabled()) {
        continue;
      }
      if (!inputs.knows(rule.kind().input())) {
        for (Alert kept : before.values()) {
          if (kept.ruleId().equals(rule.id()) && seen.add(kept.key())) {
            active.add(kept);
          }
        }
        continue;
      }
      for (Measurement m : Condition.of(rule.kind()).measure(rule, inputs, now)) {
        if (!rule.scope().matches(m.subject().placement())
            || !rule.kind().reached(m.value(), rule.threshold())) {
          continue;
        }
        AlertKey key = new AlertKey(rule.id(), m.subject().key());
        if (!seen.add(key)) {
          continue;
        }
        Optional<Alert> was = Optional.ofNullable(before.get(key));
        Alert alert = advance(rule, was, m, now);
        active.add(alert);
        if (alert.firing() && !was.map(Alert::firing).orElse(false)) {
          fired.add(alert);
        }
      }
    }
    List<Alert> resolved = new ArrayList<>();
    for (Alert gone : before.values()) {
      if (!seen.contains(gone.key()) && gone.firing()) {
        resolved.add(gone.resolved(now));
      }
    }
    return new AlertState(now, active, fired, resolved);
  }

  private static Alert advance(AlertRule rule, Optional<Alert> before, Measurement m, Instant now) {
    Instant observed = m.heldSince().filter(at -> at.isBefore(now)).orElse(now);
    Instant since = before.map(Alert::since).filter(s -> s.isBefore(observed)).orElse(observed);
    Optional<Instant> firingSince =
        before
            .flatMap(Alert::firingSince)
            .or(
                () ->
                    now.isBefore(since.plus(rule.duration()))
                        ? Optional.empty()
                        : Optional.of(now));
    return new Alert(
        new AlertKey(rule.id(), m.subject().key()),
        rule.kind(),
        rule.severity(),
        rule.scope(),
        m.subject(),
        firingSince.isPresent() ? Alert.Status.FIRING : Alert.Status.PENDING,
        since,
        firingSince,
        Optional.empty(),
        m.value(),
        rule.threshold(),
        m.summary(),
        m.link(),
        m.evidence());
  }

  private static List<AlertRule> checked(List<AlertRule> rules) {
    Set<String> ids = new HashSet<>();
    for (AlertRule rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("two rules have the id " + rule.id());
      }
    }
    return List.copyOf(rules);
  }
}
