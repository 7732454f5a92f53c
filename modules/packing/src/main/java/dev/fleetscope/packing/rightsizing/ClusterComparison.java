package dev.fleetscope.packing.rightsizing;

import java.util.List;

/** A cluster today and in the four scenarios (two sets of requests × two choices of types). */
public record ClusterComparison(
    String cluster, int todayNodes, double todayCostPerHour, List<Scenario> scenarios) {
  public ClusterComparison {
    scenarios = List.copyOf(scenarios);
  }

  public Scenario scenario(Scenario.Requests requests, Scenario.Types types) {
    return scenarios.stream()
        .filter(s -> s.requests() == requests && s.types() == types)
        .findFirst()
        .orElseThrow();
  }
}
