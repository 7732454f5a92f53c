package dev.fleetscope.prometheus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Connections view's "test connection": a handful of light requests (build info, TSDB status,
 * one count of the needed metrics' series, label names of three metrics, the clusters) that say
 * whether Fleetscope can work with this server and what to change if not. A server that cannot be
 * reached or refuses the credentials fails with the {@link PrometheusException} of the first
 * request.
 */
public final class ConnectionTester {
  private final PrometheusClient client;
  private final Clock clock;

  public ConnectionTester(PrometheusClient client) {
    this(client, Clock.systemUTC());
  }

  ConnectionTester(PrometheusClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  public ConnectionReport test() throws PrometheusException {
    ConnectionSettings settings = client.settings();
    long started = System.nanoTime();
    BuildInfo build = optional(client::buildInfo, BuildInfo.UNKNOWN);
    Duration latency = Duration.ofNanos(System.nanoTime() - started);
    OptionalLong head = optional(client::headSeries, OptionalLong.empty());
    Instant now = clock.instant();
    Annotations annotations = Annotations.NONE;

    String names =
        Stream.of(NeededMetric.values())
            .map(NeededMetric::metricName)
            .collect(Collectors.joining("|"));
    Map<String, Long> counts = new HashMap<>();
    annotations =
        annotations.plus(
            client.query(
                new PromQuery(
                    "needed metrics", "count by (__name__) ({__name__=~\"" + names + "\"})"),
                now,
                (labels, samples) ->
                    counts.put(labels.getOrDefault("__name__", ""), Math.round(samples.last()))));
    List<ConnectionReport.MetricCheck> checks =
        Stream.of(NeededMetric.values())
            .map(m -> new ConnectionReport.MetricCheck(m, counts.getOrDefault(m.metricName(), 0L)))
            .toList();

    List<String> clusters = new ArrayList<>();
    LabelNames labels = settings.labels();
    if (labels.multiCluster()) {
      annotations =
          annotations.plus(
              client.query(
                  new PromQuery("clusters", "count by (" + labels.cluster() + ") (kube_pod_info)"),
                  now,
                  (l, samples) -> clusters.add(l.getOrDefault(labels.cluster(), ""))));
      clusters.removeIf(String::isEmpty);
      clusters.sort(null);
    } else {
      clusters.add(settings.clusterName());
    }
    List<String> advice =
        new LabelAdvisor(client, labels, now.minus(Duration.ofMinutes(10)), now).advise(counts);
    return new ConnectionReport(
        settings.url().toString(), build, latency, head, checks, clusters, advice, annotations);
  }

  private interface Request<T> {
    T send() throws PrometheusException;
  }

  /**
   * Build info and TSDB status are optional: Thanos, Mimir and VictoriaMetrics may not serve them.
   */
  private static <T> T optional(Request<T> request, T otherwise) throws PrometheusException {
    try {
      return request.send();
    } catch (PrometheusException e) {
      if (e.problem() == Problem.NOT_FOUND
          || e.problem() == Problem.BAD_DATA
          || e.problem() == Problem.UNAVAILABLE) {
        return otherwise;
      }
      throw e;
    }
  }
}
