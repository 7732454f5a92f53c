package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.Series;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a fleet's usage history in a fixed number of requests whatever its size: the pods' owners
 * over the window (one index lookup), one range query per metric (split only where a range exceeds
 * 11,000 points), one for OOM kills, one instant query for CPU throttling, and the inventory's
 * dozen instant queries.
 *
 * <pre>{@code
 * FleetHistory history = new HistoryReader(client).read(
 *     HistoryRequest.ending(Instant.now(), Duration.ofDays(14), Duration.ofMinutes(5)), progress -> {});
 * }</pre>
 */
public final class HistoryReader {
  private final PrometheusClient client;
  private final UsageQueries queries;
  private final ClusterLabels clusters;
  private final RangeFetcher ranges;

  public HistoryReader(PrometheusClient client) {
    this(client, new RangeFetcher(client));
  }

  HistoryReader(PrometheusClient client, RangeFetcher ranges) {
    ConnectionSettings settings = client.settings();
    this.client = client;
    this.queries = new UsageQueries(settings.labels());
    this.clusters = new ClusterLabels(settings.labels(), settings.clusterName());
    this.ranges = ranges;
  }

  public FleetHistory read(HistoryRequest request, Consumer<Progress> progress)
      throws PrometheusException {
    long before = client.requestsSent();
    InventoryReader inventory = new InventoryReader(client);
    int total = UsageQueries.METRICS.size() + 3 + inventory.queryCount();
    StepGrid grid = request.grid();
    progress.accept(new Progress("Reading which workload each pod belonged to", 0));
    OwnerIndex owners =
        OwnerIndex.read(client, clusters, grid.first().minus(grid.step()), grid.last());
    Annotations annotations = Annotations.NONE;
    Map<Metric, Map<ContainerRef, Series>> series = new EnumMap<>(Metric.class);
    int unattributed = 0;
    int done = 1;
    for (Metric metric : UsageQueries.METRICS) {
      progress.accept(
          new Progress(
              "Reading " + UsageQueries.name(metric) + " from Prometheus",
              done++ / (double) total));
      UsageAccumulator usage = new UsageAccumulator(metric, grid, owners);
      annotations =
          annotations.plus(
              ranges.fetch(queries.usage(metric, request.sampleWindow()), grid, usage));
      series.put(metric, usage.series());
      unattributed += usage.unattributed();
    }
    progress.accept(new Progress("Reading OOM kills from Prometheus", done++ / (double) total));
    OomCollector kills = new OomCollector(owners, grid.step());
    annotations = annotations.plus(ranges.fetch(queries.oomKills(grid.step()), grid, kills));
    progress.accept(
        new Progress("Reading CPU throttling from Prometheus", done++ / (double) total));
    Map<ContainerRef, Double> throttling = new HashMap<>();
    annotations = annotations.plus(throttling(grid, owners, throttling));
    progress.accept(
        new Progress("Reading workloads from kube-state-metrics", done / (double) total));
    InventoryReader.Inventory now = inventory.read(grid.last());
    progress.accept(new Progress("History read", 1));
    return new FleetHistory(
        grid,
        now.clusters(),
        usage(series, kills),
        throttling,
        annotations.plus(now.annotations()),
        client.requestsSent() - before,
        unattributed);
  }

  /**
   * Throttling only enriches the history, and its subquery is the one query that cannot be split:
   * when the server finds it too heavy, the history is read without it and a warning says why.
   */
  private Annotations throttling(StepGrid grid, OwnerIndex owners, Map<ContainerRef, Double> into)
      throws PrometheusException {
    try {
      return client.query(
          queries.cpuThrottling(grid.span(), grid.step()),
          grid.last(),
          mostThrottled(owners, into));
    } catch (PrometheusException e) {
      if (e.problem() != Problem.TOO_MANY_SAMPLES && e.problem() != Problem.TIMEOUT) {
        throw e;
      }
      return new Annotations(List.of("CPU throttling was not read: " + e.getMessage()), List.of());
    }
  }

  /** Each workload container's most throttled pod: a replica's limit must serve each replica. */
  static SeriesHandler mostThrottled(OwnerIndex owners, Map<ContainerRef, Double> into) {
    return (labels, samples) ->
        owners.container(labels).ifPresent(ref -> into.merge(ref, samples.last(), Math::max));
  }

  /** One usage record per container seen in any metric or OOM answer. */
  static Map<ContainerRef, ContainerUsage> usage(
      Map<Metric, Map<ContainerRef, Series>> series, OomCollector kills) {
    Set<ContainerRef> refs = new HashSet<>(kills.containers());
    series.values().forEach(perMetric -> refs.addAll(perMetric.keySet()));
    Map<ContainerRef, ContainerUsage> usage = new HashMap<>();
    for (ContainerRef ref : refs) {
      Map<Metric, Series> history = new EnumMap<>(Metric.class);
      Map<Metric, Double> now = new EnumMap<>(Metric.class);
      series.forEach(
          (metric, perMetric) -> {
            Series s = perMetric.get(ref);
            if (s != null) {
              history.put(metric, s);
              if (!Double.isNaN(s.last())) {
                now.put(metric, s.last());
              }
            }
          });
      usage.put(ref, new ContainerUsage(ref, history, now, kills.kills(ref)));
    }
    return usage;
  }
}
