package dev.fleetscope.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.packing.Unplaced;
import dev.fleetscope.packing.rightsizing.Blocker;
import dev.fleetscope.packing.rightsizing.PodMove;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.ClusterNodeReport;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import dev.fleetscope.runtime.nodes.PoolFacts;
import dev.fleetscope.runtime.nodes.ProviderComparison;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The formats of {@code fleetscope nodes}. Costs are per hour and savings per month of 730 hours,
 * in the report's currency; JSON carries every pool of every scenario with its moves and blockers,
 * the table the scenarios per cluster and the pools of the one that saves most (recommended
 * requests on the cheapest mix).
 */
public enum NodesOutput {
  TABLE {
    @Override
    public String render(FleetNodeReport report, Optional<Providers> providers) {
      return NodesTable.render(report, providers);
    }
  },
  JSON {
    @Override
    public String render(FleetNodeReport report, Optional<Providers> providers) {
      ObjectNode root = CostOutput.object();
      root.put("at", report.at().toString());
      root.put("prices", report.priceSource());
      root.put("recommended_requests", report.requestsFrom());
      root.put("currency", report.currency().getCurrencyCode());
      root.put("request_savings_per_month", cents(report.requestSavingPerMonth()));
      ObjectNode today = root.putObject("today");
      today
          .put("nodes", report.todayNodes())
          .put("cost_per_hour", hourly(report.todayCostPerHour()));
      ArrayNode fleet = root.putArray("scenarios");
      for (Scenario.Requests r : Scenario.Requests.values()) {
        for (Scenario.Types t : Scenario.Types.values()) {
          scenarioFields(fleet.addObject(), r, t)
              .put("nodes", report.nodes(r, t))
              .put("cost_per_hour", hourly(report.costPerHour(r, t)))
              .put("saving_per_month", cents(report.savingPerMonth(r, t)))
              .put("lower_bound_per_hour", hourly(report.lowerBound(r, t)));
        }
      }
      ArrayNode clusters = root.putArray("clusters");
      report.clusters().forEach(c -> cluster(clusters.addObject(), c));
      providers.ifPresent(p -> providers(root.putObject("provider_comparison"), p));
      return CostOutput.line(root);
    }
  };

  /** A namespace's or workload's pods packed on each cloud. */
  public record Providers(
      ProviderComparison.Selection selection, List<ProviderComparison.ProviderCost> costs) {}

  public abstract String render(FleetNodeReport report, Optional<Providers> providers);

  static BigDecimal hourly(double perHour) {
    return PackOutput.price(perHour);
  }

  static BigDecimal cents(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN);
  }

  private static ObjectNode scenarioFields(
      ObjectNode node, Scenario.Requests requests, Scenario.Types types) {
    return node.put("requests", requests.name().toLowerCase(Locale.ROOT))
        .put("types", types.name().toLowerCase(Locale.ROOT));
  }

  private static void cluster(ObjectNode node, ClusterNodeReport c) {
    node.put("cluster", c.cluster())
        .put("provider", c.provider().name().toLowerCase(Locale.ROOT))
        .put("region", c.region())
        .put("currency", c.currency().getCurrencyCode());
    node.putObject("prices")
        .put("source", c.prices().source())
        .put("listed_nodes", c.prices().listedNodes())
        .put("own_price_nodes", c.prices().ownPriceNodes());
    node.putObject("today")
        .put("nodes", c.comparison().todayNodes())
        .put("cost_per_hour", hourly(c.comparison().todayCostPerHour()));
    ArrayNode scenarios = node.putArray("scenarios");
    for (Scenario s : c.comparison().scenarios()) {
      ObjectNode scenario =
          scenarioFields(scenarios.addObject(), s.requests(), s.types())
              .put("nodes", s.nodes())
              .put("cost_per_hour", hourly(s.costPerHour()))
              .put("saving_per_month", cents(s.savingPerMonth()))
              .put("lower_bound_per_hour", hourly(c.lowerBound(s.requests(), s.types())));
      ArrayNode pools = scenario.putArray("pools");
      s.pools().forEach(p -> pool(pools.addObject(), p, c.pool(p.pool())));
    }
  }

  private static void pool(ObjectNode node, PoolProposal p, PoolFacts facts) {
    node.put("pool", p.pool());
    if (facts.hasGpus()) {
      ObjectNode gpus = node.putObject("gpus");
      gpus.put("model", facts.gpuModel()).put("per_node", facts.gpusPerNode());
      ObjectNode mig = gpus.putObject("mig_slices_per_node");
      facts.mig().forEach(mig::put);
    } else {
      node.putNull("gpus");
    }
    counts(node.putObject("today"), p.todayTypes(), p.todayCostPerHour());
    counts(node.putObject("proposed"), p.proposedTypes(), p.proposedCostPerHour());
    node.put("saving_per_month", cents(p.savingPerMonth()));
    ArrayNode moves = node.putArray("moves");
    for (PodMove m : p.moves()) {
      moves.addObject().put("pod", m.pod()).put("from", m.fromNode()).put("to", m.toNode());
    }
    ArrayNode blockers = node.putArray("blockers");
    for (Blocker b : p.blockers()) {
      blockers
          .addObject()
          .put("node", b.node())
          .put("pod", b.pod())
          .put("kind", b.kind().name().toLowerCase(Locale.ROOT))
          .put("detail", b.detail());
    }
    unplaced(node.putArray("unplaced"), p.unplaced());
  }

  private static void counts(ObjectNode node, Map<String, Integer> types, double perHour) {
    ObjectNode byType = node.putObject("types");
    new java.util.TreeMap<>(types).forEach(byType::put);
    node.put("cost_per_hour", hourly(perHour));
  }

  private static void unplaced(ArrayNode list, List<Unplaced> unplaced) {
    unplaced.forEach(u -> list.addObject().put("pod", u.pod()).put("reason", u.reason()));
  }

  private static void providers(ObjectNode node, Providers p) {
    node.put("cluster", p.selection().cluster())
        .put("kind", p.selection().kind().name().toLowerCase(Locale.ROOT))
        .put("name", p.selection().name())
        .put("requests", "recommended");
    ArrayNode clouds = node.putArray("clouds");
    for (ProviderComparison.ProviderCost cost : p.costs()) {
      ObjectNode cloud =
          clouds
              .addObject()
              .put("provider", cost.provider().name().toLowerCase(Locale.ROOT))
              .put("region", cost.region())
              .put("pods", cost.pods());
      counts(cloud, cost.packing().countsByType(), cost.costPerHour());
      unplaced(cloud.putArray("unplaced"), cost.packing().unplaced());
    }
  }
}
