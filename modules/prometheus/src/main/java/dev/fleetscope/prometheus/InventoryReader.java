package dev.fleetscope.prometheus;

import dev.fleetscope.model.Cluster;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the clusters, workloads and pods of a Prometheus from kube-state-metrics at one instant.
 */
public final class InventoryReader {
  private final PrometheusClient client;
  private final InventoryQueries queries;
  private final ClusterAssembler assembler;

  public InventoryReader(PrometheusClient client) {
    ConnectionSettings settings = client.settings();
    this.client = client;
    this.queries = new InventoryQueries(settings.labels());
    this.assembler =
        new ClusterAssembler(
            new ClusterLabels(settings.labels(), settings.clusterName()),
            settings.labels(),
            settings.id());
  }

  /** The clusters as they were at {@code at}, with the warnings Prometheus attached. */
  public Inventory read(Instant at) throws PrometheusException {
    Map<PromQuery, List<Row>> answers = new HashMap<>();
    Annotations annotations = Annotations.NONE;
    for (PromQuery query : queries.all()) {
      Row.Collector rows = new Row.Collector();
      annotations = annotations.plus(client.query(query, at, rows));
      answers.put(query, rows.rows);
    }
    InventoryQueries q = queries;
    InventoryRows rows =
        new InventoryRows(
            answers.get(q.podOwners),
            answers.get(q.podPhases),
            answers.get(q.podNodes),
            answers.get(q.podLabels),
            answers.get(q.requests),
            answers.get(q.limits),
            answers.get(q.restarts),
            answers.get(q.terminations),
            answers.get(q.replicas),
            answers.get(q.autoscalers),
            answers.get(q.nodeResources),
            answers.get(q.nodeInfo));
    return new Inventory(at, assembler.assemble(rows), annotations);
  }

  /**
   * The instant query whose answer names the workloads: without its kube-state-metrics series at
   * the instant read (within the server's lookback), no container has a workload to size.
   */
  public PromQuery podOwnersQuery() {
    return queries.podOwners;
  }

  /** How many queries {@link #read} sends. */
  public int queryCount() {
    return queries.all().size();
  }

  /** The clusters at one instant. */
  public record Inventory(Instant at, List<Cluster> clusters, Annotations annotations) {
    public Inventory {
      clusters = List.copyOf(clusters);
    }
  }
}
