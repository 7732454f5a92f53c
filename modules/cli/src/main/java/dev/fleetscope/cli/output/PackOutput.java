package dev.fleetscope.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.packing.LowerBound;
import dev.fleetscope.packing.Packing;
import dev.fleetscope.packing.PlannedNode;
import dev.fleetscope.packing.Unplaced;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The formats of {@code fleetscope pack}. Prices are in whatever currency the types file's {@code
 * price_per_hour} is in; JSON has exactly the shape scripts were promised, and the table adds the
 * lower bound.
 */
public enum PackOutput {
  TABLE {
    @Override
    public String render(Packing packing, LowerBound bound, int pods) {
      StringBuilder out =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%d pods on %d nodes at %s per hour (the types file's currency); no packing of"
                      + " them costs less than %s per hour, so this one is at most %.1f %% above"
                      + " the best%n",
                  pods - packing.unplaced().size(),
                  packing.nodes().size(),
                  price(packing.costPerHour()).toPlainString(),
                  price(bound.costPerHour()).toPlainString(),
                  100 * bound.gap(packing)));
      TextTable nodes =
          TextTable.aligned("LLLRL", "NODE", "INSTANCE TYPE", "ZONE", "PODS", "POD NAMES");
      for (PlannedNode node : packing.nodes()) {
        nodes.row(
            node.name(),
            node.type().name(),
            node.zone().isEmpty() ? "-" : node.zone(),
            Integer.toString(node.pods().size()),
            String.join(" ", node.pods()));
      }
      out.append(nodes.render());
      if (!packing.unplaced().isEmpty()) {
        int unplaced = packing.unplaced().size();
        out.append(
            String.format(
                Locale.ROOT,
                "%n%d %s no instance type:%n",
                unplaced,
                unplaced == 1 ? "pod fits" : "pods fit"));
        TextTable reasons = TextTable.aligned("LL", "POD", "REASON");
        packing.unplaced().forEach(u -> reasons.row(u.pod(), u.reason()));
        out.append(reasons.render());
      }
      return out.toString();
    }
  },
  JSON {
    @Override
    public String render(Packing packing, LowerBound bound, int pods) {
      ObjectNode root = CostOutput.object();
      root.put("cost_per_hour", price(packing.costPerHour()));
      ArrayNode nodes = root.putArray("nodes");
      for (PlannedNode node : packing.nodes()) {
        ObjectNode n =
            nodes.addObject().put("name", node.name()).put("instance_type", node.type().name());
        if (node.zone().isEmpty()) {
          n.putNull("zone");
        } else {
          n.put("zone", node.zone());
        }
        ArrayNode names = n.putArray("pods");
        node.pods().forEach(names::add);
      }
      ArrayNode unplaced = root.putArray("unplaced");
      for (Unplaced u : packing.unplaced()) {
        unplaced.addObject().put("pod", u.pod()).put("reason", u.reason());
      }
      return CostOutput.line(root);
    }
  };

  /**
   * @param pods how many pods were given
   */
  public abstract String render(Packing packing, LowerBound bound, int pods);

  /** A sum of prices without the binary noise of adding doubles: 0.576, not 0.5760000000000001. */
  static BigDecimal price(double perHour) {
    return BigDecimal.valueOf(perHour).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
