package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.Subject;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.SourceReport;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each stale or failing source, at the minutes since it last reported (infinite when it never has).
 * A source still connecting or live is not judged.
 */
final class SourceUnhealthy implements Condition {
  @Override
  public List<Measurement> measure(AlertRule rule, AlertInputs inputs, Instant now) {
    return inputs.sources().orElseThrow().stream()
        .filter(s -> s.state() == SourceState.STALE || s.state() == SourceState.FAILED)
        .map(s -> measurement(s, clusters(inputs, s.sourceId()), rule.threshold(), now))
        .toList();
  }

  private static Set<String> clusters(AlertInputs inputs, String sourceId) {
    return inputs.fleet().stream()
        .flatMap(f -> f.clusters().stream())
        .filter(c -> c.sourceId().equals(sourceId))
        .map(Cluster::name)
        .collect(Collectors.toSet());
  }

  private static Measurement measurement(
      SourceStatus status, Set<String> clusters, double thresholdMinutes, Instant now) {
    double minutes =
        status
            .lastSuccess()
            .map(at -> Duration.between(at, now).toMillis() / 60_000.0)
            .orElse(Double.POSITIVE_INFINITY);
    Optional<Instant> heldSince =
        status.lastSuccess().map(at -> at.plusMillis((long) (thresholdMinutes * 60_000)));
    String state = status.state() == SourceState.STALE ? " is stale" : " is failing";
    String last =
        status
            .lastSuccess()
            .map(at -> ": last report " + Texts.duration(Duration.between(at, now)) + " ago")
            .orElse(" and has never reported");
    return new Measurement(
        new Subject(
            "source:" + status.sourceId(),
            status.displayName(),
            new Placement(clusters, Set.of(), Set.of(), Set.of())),
        minutes,
        heldSince,
        status.displayName() + state + last + status.message().map(m -> " (" + m + ")").orElse(""),
        new AlertLink(AlertLink.CONNECTIONS, status.sourceId()),
        new SourceReport(status));
  }
}
