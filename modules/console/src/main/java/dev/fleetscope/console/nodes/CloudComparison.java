package dev.fleetscope.console.nodes;

import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.ProviderComparison;
import java.util.List;

/**
 * The cloud comparison the view shows: none asked yet, one being packed, its costs per cloud, or
 * why it failed.
 *
 * @param status what to say above the table ({@code Packing namespace ml on each cloud…})
 */
public record CloudComparison(
    String status, Scenario.Requests requests, List<ProviderComparison.ProviderCost> costs) {
  static final CloudComparison NONE =
      new CloudComparison(
          "Pick a namespace or workload and a region per cloud, then Compare.",
          Scenario.Requests.RECOMMENDED,
          List.of());

  public CloudComparison {
    costs = List.copyOf(costs);
  }

  static CloudComparison working(ProviderComparison.Selection selection) {
    return new CloudComparison(
        "Packing the " + selection.describe() + " on each cloud…",
        Scenario.Requests.RECOMMENDED,
        List.of());
  }

  static CloudComparison done(
      ProviderComparison.Selection selection,
      Scenario.Requests requests,
      List<ProviderComparison.ProviderCost> costs) {
    int pods = costs.isEmpty() ? 0 : costs.getFirst().pods();
    String status =
        pods == 0
            ? "The " + selection.describe() + " has no running pods in " + selection.cluster() + "."
            : "The "
                + selection.describe()
                + ": "
                + pods
                + " pods at "
                + (requests == Scenario.Requests.TODAY ? "today's" : "the recommended")
                + " requests, GPU pods on their GPU model, packed on each cloud's types.";
    return new CloudComparison(status, requests, costs);
  }

  static CloudComparison failed(ProviderComparison.Selection selection, String why) {
    return new CloudComparison(
        "Could not compare the " + selection.describe() + ": " + why,
        Scenario.Requests.RECOMMENDED,
        List.of());
  }
}
