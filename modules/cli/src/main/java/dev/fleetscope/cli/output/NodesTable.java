package dev.fleetscope.cli.output;

import dev.fleetscope.packing.Unplaced;
import dev.fleetscope.packing.rightsizing.Blocker;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.ClusterNodeReport;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import dev.fleetscope.runtime.nodes.NodeText;
import dev.fleetscope.runtime.nodes.ProviderComparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code fleetscope nodes --format table}: the scenarios per cluster, then the pools. */
final class NodesTable {
  private static final int BLOCKERS_SHOWN = 20;

  private NodesTable() {}

  static String render(FleetNodeReport report, Optional<NodesOutput.Providers> providers) {
    String code = report.currency().getCurrencyCode();
    StringBuilder out = new StringBuilder();
    out.append("Prices: ")
        .append(report.priceSource())
        .append(", for today's nodes and the")
        .append(" candidates alike.\n");
    for (ClusterNodeReport c : report.clusters()) {
      out.append("  ")
          .append(c.cluster())
          .append(" (")
          .append(c.provider().displayName())
          .append(", ")
          .append(c.region())
          .append("): ")
          .append(c.prices().coverage())
          .append('\n');
    }
    out.append("Recommended requests: ").append(report.requestsFrom()).append(".\n");
    out.append("Costs per hour and savings per month of 730 hours, in ")
        .append(code)
        .append(". Advice only: nothing was sent to a cluster.\n\n");
    out.append(scenarios(report, code)).append('\n');
    Scenario.Requests r = Scenario.Requests.RECOMMENDED;
    Scenario.Types t = Scenario.Types.CHEAPEST_MIX;
    out.append(
        String.format(
            Locale.ROOT,
            "If requests shrink:   %s %s/month (the recommendations, priced per requested core,"
                + " GiB and GPU)%n"
                + "If nodes consolidate: %s %s/month (%d → %d nodes: %s, at the prices above)%n%n",
            money(report.requestSavingPerMonth()),
            code,
            money(report.savingPerMonth(r, t)),
            code,
            report.todayNodes(),
            report.nodes(r, t),
            NodeText.scenario(r, t)));
    out.append("Node pools, ").append(NodeText.scenario(r, t)).append(":\n");
    out.append(pools(report, r, t, code));
    blockers(report, r, t, out);
    providers.ifPresent(p -> out.append('\n').append(providers(p, code)));
    return out.toString();
  }

  private static String scenarios(FleetNodeReport report, String code) {
    TextTable table =
        TextTable.aligned(
            "LLRRRRR",
            "CLUSTER",
            "SCENARIO",
            "NODES",
            code + "/HOUR",
            "SAVES " + code + "/MONTH",
            "LOWER BOUND " + code + "/HOUR",
            "ABOVE BOUND");
    for (ClusterNodeReport c : report.clusters()) {
      table.row(
          c.cluster(),
          "today",
          Integer.toString(c.comparison().todayNodes()),
          money(c.comparison().todayCostPerHour()),
          "",
          "",
          "");
      for (Scenario s : c.comparison().scenarios()) {
        double bound = c.lowerBound(s.requests(), s.types());
        table.row(
            c.cluster(),
            NodeText.scenario(s.requests(), s.types()),
            Integer.toString(s.nodes()),
            money(s.costPerHour()),
            money(s.savingPerMonth()),
            money(bound),
            gap(s.costPerHour(), bound));
      }
    }
    table.row(
        "fleet",
        "today",
        Integer.toString(report.todayNodes()),
        money(report.todayCostPerHour()),
        "",
        "",
        "");
    for (Scenario.Requests r : Scenario.Requests.values()) {
      for (Scenario.Types t : Scenario.Types.values()) {
        table.row(
            "fleet",
            NodeText.scenario(r, t),
            Integer.toString(report.nodes(r, t)),
            money(report.costPerHour(r, t)),
            money(report.savingPerMonth(r, t)),
            money(report.lowerBound(r, t)),
            gap(report.costPerHour(r, t), report.lowerBound(r, t)));
      }
    }
    return table.render();
  }

  private static String pools(
      FleetNodeReport report, Scenario.Requests r, Scenario.Types t, String code) {
    TextTable table =
        TextTable.aligned(
            "LLLLLRRR",
            "CLUSTER",
            "POOL",
            "GPUS PER NODE",
            "TODAY",
            "PROPOSED",
            "SAVES " + code + "/MONTH",
            "PODS MOVING",
            "BLOCKERS");
    for (ClusterNodeReport c : report.clusters()) {
      for (PoolProposal p : c.scenario(r, t).pools()) {
        String gpus = c.pool(p.pool()).describeGpus();
        table.row(
            c.cluster(),
            p.pool(),
            gpus.isEmpty() ? "-" : gpus,
            NodeText.types(p.todayTypes()),
            NodeText.types(p.proposedTypes()),
            money(p.savingPerMonth()),
            Integer.toString(p.moves().size()),
            Integer.toString(p.blockers().size()));
      }
    }
    return table.render();
  }

  private static void blockers(
      FleetNodeReport report, Scenario.Requests r, Scenario.Types t, StringBuilder out) {
    List<String[]> rows = new ArrayList<>();
    for (ClusterNodeReport c : report.clusters()) {
      for (PoolProposal p : c.scenario(r, t).pools()) {
        for (Blocker b : p.blockers()) {
          rows.add(new String[] {c.cluster(), b.node(), b.pod(), b.detail()});
        }
      }
    }
    if (rows.isEmpty()) {
      out.append("Nothing blocks consolidation: every pod may move.\n");
      return;
    }
    out.append(String.format(Locale.ROOT, "%nWhat blocks consolidation (%d pods):%n", rows.size()));
    TextTable table = TextTable.aligned("LLLL", "CLUSTER", "NODE", "POD", "WHY");
    rows.stream().limit(BLOCKERS_SHOWN).forEach(table::row);
    out.append(table.render());
    if (rows.size() > BLOCKERS_SHOWN) {
      out.append("… and ")
          .append(rows.size() - BLOCKERS_SHOWN)
          .append(" more (--format json lists all)\n");
    }
  }

  private static String providers(NodesOutput.Providers p, String code) {
    StringBuilder out = new StringBuilder();
    int pods = p.costs().getFirst().pods();
    out.append(
        String.format(
            Locale.ROOT,
            "The %s of %s (%d pods, recommended requests) on each cloud, GPU pods on their GPU"
                + " model:%n",
            p.selection().describe(),
            p.selection().cluster(),
            pods));
    TextTable table =
        TextTable.aligned(
            "LLLRRR", "CLOUD", "REGION", "NODES", code + "/HOUR", code + "/MONTH", "UNPLACED PODS");
    List<String> reasons = new ArrayList<>();
    for (ProviderComparison.ProviderCost cost : p.costs()) {
      table.row(
          cost.provider().displayName(),
          cost.region(),
          NodeText.types(cost.packing().countsByType()),
          money(cost.costPerHour()),
          money(FleetNodeReport.perMonth(cost.costPerHour())),
          Integer.toString(cost.packing().unplaced().size()));
      for (Unplaced u : cost.packing().unplaced()) {
        reasons.add("  " + cost.provider().displayName() + ": " + u.pod() + ": " + u.reason());
      }
    }
    out.append(table.render());
    if (!reasons.isEmpty()) {
      out.append("Pods no type of a cloud can hold (its cost leaves them out):\n");
      reasons.forEach(line -> out.append(line).append('\n'));
    }
    return out.toString();
  }

  private static String money(double amount) {
    return TextTable.cents(BigDecimal.valueOf(amount));
  }

  private static String gap(double cost, double bound) {
    return bound > 0 ? String.format(Locale.ROOT, "%.1f %%", 100 * (cost / bound - 1)) : "-";
  }
}
