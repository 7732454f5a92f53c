package dev.fleetscope.notifications;

import dev.fleetscope.model.Severity;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * What a notification says, whatever carries it. The app builds it from an alert; the fields are
 * those {@code fleetscope alerts --format json} prints.
 *
 * @param rule the rule's id
 * @param scope the rule's scope as a person reads it ({@code all}, {@code clusters=prod})
 * @param subject what the alert is about ({@code ranker}, {@code prod/ml/ranker/server})
 * @param since when its condition started to hold
 * @param resolvedAt when it cleared, for a {@link Kind#RESOLVED} notice
 * @param value the value with its unit ({@code 58%}, {@code 3 kills})
 * @param threshold the condition with its unit ({@code ≥ 50%})
 * @param where the console's view and row that explain it ({@code Drift › ranker})
 * @param url a page elsewhere that explains it (the failed run in Airflow), when there is one
 */
public record Notice(
    Kind kind,
    Severity severity,
    String rule,
    String scope,
    String subject,
    Instant since,
    Optional<Instant> resolvedAt,
    String value,
    String threshold,
    String summary,
    String where,
    Optional<URI> url) {

  public enum Kind {
    FIRING,
    RESOLVED,
    /** Sent by the "test" button: says it is a test, so nobody acts on it. */
    TEST
  }

  /** What the test button sends. */
  public static Notice test(Instant now) {
    return new Notice(
        Kind.TEST,
        Severity.INFO,
        "test",
        "all",
        "this webhook",
        now,
        Optional.empty(),
        "",
        "",
        "Fleetscope test message: this webhook is set up. Nothing needs attention.",
        "",
        Optional.empty());
  }

  /** The first line: {@code [WARNING] ranker: dataset-drift}, {@code Resolved: ...}. */
  public String title() {
    return switch (kind) {
      case FIRING -> "[" + severity.name() + "] " + subject + ": " + rule;
      case RESOLVED -> "Resolved: " + subject + ": " + rule;
      case TEST -> "Fleetscope test message";
    };
  }
}
