package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Progress;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The server-side mode for very large fleets: percentiles are computed in PromQL ({@code
 * quantile_over_time(0.95, (usage)[14d:5m])}), so only one number per container and quantile
 * travels and a Thanos or Mimir can spread the work. One instant query per metric and quantile,
 * whatever the fleet's size.
 */
public final class QuantileReader {
  private final PrometheusClient client;
  private final UsageQueries queries;
  private final ClusterLabels refs;

  public QuantileReader(PrometheusClient client) {
    ConnectionSettings settings = client.settings();
    this.client = client;
    this.queries = new UsageQueries(settings.labels());
    this.refs = new ClusterLabels(settings.labels(), settings.clusterName());
  }

  /**
   * @param quantiles for example {@code List.of(0.5, 0.95, 1.0)}; 1 is the maximum
   */
  public FleetQuantiles read(
      HistoryRequest request, List<Double> quantiles, Consumer<Progress> progress)
      throws PrometheusException {
    long before = client.requestsSent();
    StepGrid grid = request.grid();
    InventoryReader inventory = new InventoryReader(client);
    int total = UsageQueries.METRICS.size() * quantiles.size() + 3 + inventory.queryCount();
    int done = 0;
    Annotations annotations = Annotations.NONE;
    Map<ContainerRef, Map<Metric, double[]>> values = new HashMap<>();
    for (Metric metric : UsageQueries.METRICS) {
      for (int q = 0; q < quantiles.size(); q++) {
        PromQuery query = queries.usageQuantile(metric, quantiles.get(q), grid.span(), grid.step());
        progress.accept(
            new Progress("Computing " + query.name() + " on Prometheus", done++ / (double) total));
        int index = q;
        annotations =
            annotations.plus(
                client.query(
                    query,
                    grid.last(),
                    (labels, samples) ->
                        refs.container(labels)
                            .ifPresent(
                                ref ->
                                    values.computeIfAbsent(ref, r -> new EnumMap<>(Metric.class))
                                            .computeIfAbsent(metric, m -> nans(quantiles.size()))[
                                            index] =
                                        samples.last())));
      }
    }
    progress.accept(new Progress("Counting OOM kills on Prometheus", done++ / (double) total));
    Map<ContainerRef, Integer> kills = new HashMap<>();
    annotations =
        annotations.plus(
            client.query(
                queries.oomKillCount(grid.span(), grid.step()),
                grid.last(),
                (labels, samples) ->
                    refs.container(labels)
                        .ifPresent(ref -> kills.put(ref, (int) Math.round(samples.last())))));
    progress.accept(
        new Progress("Computing CPU throttling on Prometheus", done++ / (double) total));
    Map<ContainerRef, Double> throttling = new HashMap<>();
    OwnerIndex owners = OwnerIndex.read(client, refs, grid.first().minus(grid.step()), grid.last());
    annotations =
        annotations.plus(
            client.query(
                queries.cpuThrottling(grid.span(), grid.step()),
                grid.last(),
                HistoryReader.mostThrottled(owners, throttling)));
    progress.accept(
        new Progress("Reading workloads from kube-state-metrics", done / (double) total));
    InventoryReader.Inventory clusters = inventory.read(grid.last());
    progress.accept(new Progress("Quantiles read", 1));
    Map<ContainerRef, UsageQuantiles> usage = new HashMap<>();
    values.forEach((ref, perMetric) -> usage.put(ref, new UsageQuantiles(quantiles, perMetric)));
    return new FleetQuantiles(
        grid,
        clusters.clusters(),
        usage,
        kills,
        throttling,
        annotations.plus(clusters.annotations()),
        client.requestsSent() - before);
  }

  private static double[] nans(int size) {
    double[] v = new double[size];
    Arrays.fill(v, Double.NaN);
    return v;
  }
}
