package dev.fleetscope.console.nodes;

import dev.fleetscope.model.Units;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import dev.fleetscope.runtime.nodes.NodeEstimate;
import java.util.Currency;

/**
 * The two savings the Overview and the Cost view show side by side, labelled apart: what the
 * recommendations save priced per requested resource ("if requests shrink"), and what the nodes
 * would cost less once the pods at those requests are packed on the cheapest mix ("if nodes
 * consolidate"), which is what the bill sees.
 *
 * @param requests the request-level figure, {@code 83,988 USD/month}, or a dash
 * @param nodes the node-level figure, or a dash
 * @param detail what the node-level figure means, or what it waits for
 */
public record NodeSavings(String requests, String nodes, String detail) {
  public static final String REQUESTS_LABEL = "If requests shrink";
  public static final String NODES_LABEL = "If nodes consolidate";

  public static NodeSavings of(NodeEstimate estimate) {
    return switch (estimate) {
      case NodeEstimate.Waiting w -> new NodeSavings("—", "—", w.why());
      case NodeEstimate.Computing c ->
          new NodeSavings(
              "…", "…", c.progress().task() + " (" + Units.percent(c.progress().fraction()) + ")");
      case NodeEstimate.Failed f ->
          new NodeSavings("—", "—", "could not be computed: " + f.message());
      case NodeEstimate.Ready r -> ready(r.report());
    };
  }

  private static NodeSavings ready(FleetNodeReport report) {
    Currency c = report.currency();
    Scenario.Requests rec = Scenario.Requests.RECOMMENDED;
    Scenario.Types mix = Scenario.Types.CHEAPEST_MIX;
    return new NodeSavings(
        Units.money(report.requestSavingPerMonth(), c, "month"),
        Units.money(report.savingPerMonth(rec, mix), c, "month"),
        report.todayNodes()
            + " → "
            + report.nodes(rec, mix)
            + " nodes: recommended requests packed on the cheapest mix, today and proposal both at"
            + " the "
            + report.priceSource());
  }
}
