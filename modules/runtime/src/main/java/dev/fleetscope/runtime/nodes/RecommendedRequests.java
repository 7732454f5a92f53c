package dev.fleetscope.runtime.nodes;

import dev.fleetscope.apply.PlannedSizing;
import dev.fleetscope.engine.fleet.ContainerRecommendation;
import dev.fleetscope.engine.fleet.FleetRecommendations;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Workload;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The requests the "recommended" scenarios pack: per container, what the engine or a plan proposes
 * (containers left out keep today's requests), where they came from, and what they save priced per
 * requested resource.
 *
 * @param unmatched containers a plan names that the fleet does not have
 */
public record RecommendedRequests(
    Map<ContainerRef, Resources> requests,
    String from,
    Map<Currency, Double> savingsPerMonth,
    List<String> unmatched) {

  public RecommendedRequests {
    requests = Map.copyOf(requests);
    savingsPerMonth = Map.copyOf(savingsPerMonth);
    unmatched = List.copyOf(unmatched);
  }

  /** The engine's proposals for every container with a history. */
  public static RecommendedRequests of(FleetRecommendations fleet) {
    Map<ContainerRef, Resources> requests =
        fleet.containers().stream()
            .collect(
                Collectors.toMap(
                    ContainerRecommendation::ref,
                    r -> r.recommendation().proposed().requests(),
                    (a, b) -> a));
    return new RecommendedRequests(
        requests,
        "the " + fleet.strategy() + " strategy's recommendations",
        fleet.savingsPerMonth(),
        List.of());
  }

  /**
   * A plan's requests ({@code recommend --format json}), matched to the fleet's containers by id
   * ({@code cluster/namespace/owner/container}).
   */
  public static RecommendedRequests fromPlan(
      List<PlannedSizing> plan, FleetSnapshot snapshot, String planName) {
    Map<String, ContainerRef> byId = new HashMap<>();
    for (Cluster cluster : snapshot.clusters()) {
      cluster.workloads().forEach(w -> containers(w).forEach(ref -> byId.put(ref.id(), ref)));
    }
    Map<ContainerRef, Resources> requests = new HashMap<>();
    List<String> unmatched =
        plan.stream()
            .filter(
                r -> {
                  ContainerRef ref = byId.get(r.target().id());
                  if (ref != null) {
                    requests.put(ref, new Resources(r.cpuRequest(), Math.round(r.memoryRequest())));
                  }
                  return ref == null;
                })
            .map(r -> r.target().id())
            .sorted()
            .toList();
    return new RecommendedRequests(requests, planName, Map.of(), unmatched);
  }

  private static List<ContainerRef> containers(Workload w) {
    return w.containers().stream().map(ContainerSpec::name).map(w.ref()::container).toList();
  }
}
