package dev.fleetscope.console.connections;

import dev.fleetscope.prometheus.ConnectionReport;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What "Test connection" shows: a running test, its report in words, or why it failed. */
public sealed interface TestOutcome {
  TestOutcome NONE = new Idle();

  record Idle() implements TestOutcome {}

  record Running(String url) implements TestOutcome {}

  record Failed(String url, String message) implements TestOutcome {}

  /** A pipeline source polled once: how many runs it reported. */
  record Polled(String target, String summary) implements TestOutcome {}

  /**
   * @param summary who answered, how fast, how many series, which clusters
   * @param present the needed metrics found, each with its series count
   * @param missing the needed metrics not found, each with what it is for
   * @param usable whether every metric rightsizing needs is there
   */
  record Passed(
      String url,
      String summary,
      List<String> present,
      List<Missing> missing,
      List<String> advice,
      List<String> warnings,
      boolean usable)
      implements TestOutcome {}

  record Missing(String metric, String purpose, boolean required) {}

  static Passed of(ConnectionReport report) {
    String version =
        report.build().version().equals("unknown")
            ? "The server"
            : "Prometheus " + report.build().version();
    StringBuilder summary =
        new StringBuilder(version).append(" answered in ").append(millis(report.latency()));
    report
        .headSeries()
        .ifPresent(
            n ->
                summary
                    .append(" · ")
                    .append(String.format(Locale.ROOT, "%,d", n))
                    .append(" series in the head block"));
    summary
        .append(" · ")
        .append(
            report.clusters().isEmpty()
                ? "no clusters seen"
                : (report.clusters().size() == 1 ? "cluster " : "clusters ")
                    + String.join(", ", report.clusters()));
    List<String> present =
        report.metrics().stream()
            .filter(ConnectionReport.MetricCheck::present)
            .map(
                m ->
                    m.metric().metricName()
                        + String.format(Locale.ROOT, " · %,d series", m.series()))
            .toList();
    List<Missing> missing =
        report.missing().stream()
            .map(
                m ->
                    new Missing(
                        m.metric().metricName(), m.metric().purpose(), m.metric().required()))
            .toList();
    return new Passed(
        report.server(),
        summary.toString(),
        present,
        missing,
        report.advice(),
        report.annotations().warnings(),
        report.usable());
  }

  private static String millis(Duration latency) {
    return latency.toMillis() + " ms";
  }
}
