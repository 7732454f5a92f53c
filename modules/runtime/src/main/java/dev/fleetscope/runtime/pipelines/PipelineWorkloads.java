package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.pipeline.PipelineRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workloads a run's pods belong to, found through its pipeline's {@link WorkloadPlacement}, and
 * what they cost: what one run of them requests (each workload's per-replica requests times its
 * desired replicas, at least one), priced at its cluster's {@link UnitPrices}.
 *
 * @param hourly the cost per hour of those requests, per currency (clusters may bill in different
 *     ones)
 */
public record PipelineWorkloads(
    List<WorkloadRef> workloads,
    List<String> namespaces,
    Resources requests,
    double gpus,
    Map<Currency, Double> hourly) {

  public PipelineWorkloads {
    workloads = List.copyOf(workloads);
    namespaces = List.copyOf(namespaces);
    hourly = Map.copyOf(hourly);
  }

  /**
   * The run's workloads in the fleet; empty when no placement covers its pipeline or none of them
   * is there.
   */
  public static Optional<PipelineWorkloads> of(
      FleetSnapshot fleet, List<WorkloadPlacement> placements, PipelineRun run) {
    List<WorkloadPlacement> covering = placements.stream().filter(p -> p.covers(run)).toList();
    if (covering.isEmpty()) {
      return Optional.empty();
    }
    List<WorkloadRef> refs = new ArrayList<>();
    List<String> namespaces = new ArrayList<>();
    Resources requests = Resources.NONE;
    double gpus = 0;
    Map<Currency, Double> hourly = new LinkedHashMap<>();
    for (Cluster cluster : fleet.clusters()) {
      UnitPrices prices = null;
      for (Workload w : cluster.workloads().toList()) {
        if (covering.stream().noneMatch(p -> p.selects(w))) {
          continue;
        }
        prices = prices == null ? UnitPrices.of(cluster) : prices;
        int replicas = Math.max(w.desiredReplicas(), 1);
        Resources asked = w.requestsPerReplica().times(replicas);
        double gpusAsked = w.gpusPerReplica() * replicas;
        refs.add(w.ref());
        String place = cluster.name() + "/" + w.ref().namespace();
        if (!namespaces.contains(place)) {
          namespaces.add(place);
        }
        requests = requests.plus(asked);
        gpus += gpusAsked;
        hourly.merge(
            prices.currency(),
            prices.hourly(asked.cpuCores(), asked.memoryBytes(), gpusAsked),
            Double::sum);
      }
    }
    return refs.isEmpty()
        ? Optional.empty()
        : Optional.of(new PipelineWorkloads(refs, namespaces, requests, gpus, hourly));
  }

  /** The namespace to filter the Utilization view by: the first one found. */
  public String namespace() {
    String first = namespaces.getFirst();
    return first.substring(first.indexOf('/') + 1);
  }

  /** What the requests cost over {@code took}, per currency. */
  public Map<Currency, Double> costOver(Duration took) {
    double hours = took.toMillis() / 3_600_000.0;
    Map<Currency, Double> cost = new LinkedHashMap<>();
    hourly.forEach((currency, perHour) -> cost.put(currency, perHour * hours));
    return cost;
  }
}
