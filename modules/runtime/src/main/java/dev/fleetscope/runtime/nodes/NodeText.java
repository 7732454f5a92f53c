package dev.fleetscope.runtime.nodes;

import dev.fleetscope.packing.rightsizing.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** How both front ends name scenarios and node counts, so a screen and a script say the same. */
public final class NodeText {
  private NodeText() {}

  /** {@code recommended requests, cheapest mix}. */
  public static String scenario(Scenario.Requests requests, Scenario.Types types) {
    return (requests == Scenario.Requests.TODAY ? "today's requests" : "recommended requests")
        + ", "
        + (types == Scenario.Types.TODAYS_TYPES ? "today's types" : "cheapest mix");
  }

  /** {@code 12 × m6i.4xlarge, 3 × r6i.2xlarge}, most numerous first; {@code none} when empty. */
  public static String types(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return "none";
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    List<String> parts = new ArrayList<>();
    entries.forEach(e -> parts.add(e.getValue() + " × " + e.getKey()));
    return String.join(", ", parts);
  }
}
