package dev.fleetscope.console.nodes;

import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.model.Units;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.ClusterNodeReport;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import dev.fleetscope.runtime.nodes.NodeEstimate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The wall's nodes board: how many nodes the fleet runs against how many its pods would need at the
 * recommended requests on the cheapest mix of instance types, and the clusters that would save the
 * most, each with its node counts and how long ago it was packed.
 */
public final class NodesBoard {
  /** The packing runs again every 10 minutes of fleet time: amber after four missed runs. */
  static final Duration PACKED_EVERY = Duration.ofMinutes(10);

  private static final Scenario.Requests REQUESTS = Scenario.Requests.RECOMMENDED;
  private static final Scenario.Types TYPES = Scenario.Types.CHEAPEST_MIX;

  private NodesBoard() {}

  public static WallBoard of(NodesViewModel model, Clock clock) {
    return new WallBoard("nodes-board", clock, model.estimate(), NodesBoard::picture);
  }

  static Picture picture(NodeEstimate estimate) {
    return switch (estimate) {
      case NodeEstimate.Waiting w -> waiting("Waiting to pack the fleet", w.why());
      case NodeEstimate.Computing c ->
          waiting(
              "Packing the fleet… " + Units.percent(c.progress().fraction()), c.progress().task());
      case NodeEstimate.Failed f -> waiting("Packing failed", f.message());
      case NodeEstimate.Ready r -> ready(r.report());
    };
  }

  private static Picture waiting(String headline, String why) {
    return new Picture(
        headline,
        Tone.NEUTRAL,
        List.of(),
        why,
        now -> new WallDataAge("not packed yet", DataAge.FRESH));
  }

  private static Picture ready(FleetNodeReport report) {
    double saving = report.savingPerMonth(REQUESTS, TYPES);
    List<Item> items =
        report.clusters().stream()
            .sorted(
                Comparator.comparingDouble(
                    (ClusterNodeReport c) -> -c.scenario(REQUESTS, TYPES).savingPerMonth()))
            .map(c -> item(c, report.at()))
            .toList();
    return new Picture(
        report.todayNodes()
            + " → "
            + report.nodes(REQUESTS, TYPES)
            + " nodes"
            + (saving > 0 ? " · " + Units.money(saving, report.currency(), "month") : ""),
        saving > 0 ? Tone.INFO : Tone.CALM,
        items,
        "recommended requests packed on the cheapest mix · " + report.priceSource(),
        now -> packed(report.at(), now));
  }

  private static Item item(ClusterNodeReport cluster, Instant at) {
    Scenario scenario = cluster.scenario(REQUESTS, TYPES);
    double saving = scenario.savingPerMonth();
    return new Item(
        cluster.cluster(),
        saving > 0 ? Units.money(saving, cluster.currency(), "month") : "as packed",
        cluster.comparison().todayNodes()
            + " → "
            + scenario.nodes()
            + " nodes · "
            + cluster.provider().displayName()
            + " "
            + cluster.region(),
        saving > 0 ? Tone.INFO : Tone.CALM,
        now -> packed(at, now));
  }

  private static WallDataAge packed(Instant at, Instant now) {
    Duration age = Duration.between(at, now);
    return new WallDataAge("packed " + DataAge.ago(age), DataAge.of(age, PACKED_EVERY));
  }
}
