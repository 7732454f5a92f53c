package dev.fleetscope.console.nodes;

import dev.fleetscope.model.Units;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.ClusterNodeReport;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import java.util.Currency;
import java.util.Locale;

/**
 * One cluster (or the fleet) in the chosen scenario: today against the proposal, with its lower
 * bound. The fleet's row has no report.
 */
record ScenarioRow(
    String cluster,
    String where,
    Currency currency,
    int todayNodes,
    double todayPerHour,
    int nodes,
    double perHour,
    double savingPerMonth,
    double lowerBound,
    ClusterNodeReport report) {

  static ScenarioRow of(ClusterNodeReport c, Scenario.Requests r, Scenario.Types t) {
    Scenario s = c.scenario(r, t);
    return new ScenarioRow(
        c.cluster(),
        c.provider().displayName() + " · " + c.region(),
        c.currency(),
        c.comparison().todayNodes(),
        c.comparison().todayCostPerHour(),
        s.nodes(),
        s.costPerHour(),
        s.savingPerMonth(),
        c.lowerBound(r, t),
        c);
  }

  /** The fleet's totals (clusters priced in the report's currency). */
  static ScenarioRow fleet(FleetNodeReport f, Scenario.Requests r, Scenario.Types t) {
    return new ScenarioRow(
        "Fleet",
        f.clusters().size() + " clusters",
        f.currency(),
        f.todayNodes(),
        f.todayCostPerHour(),
        f.nodes(r, t),
        f.costPerHour(r, t),
        f.savingPerMonth(r, t),
        f.lowerBound(r, t),
        null);
  }

  String today() {
    return todayNodes + " nodes · " + Units.money(todayPerHour, currency, "hour");
  }

  String proposed() {
    return nodes + " nodes · " + Units.money(perHour, currency, "hour");
  }

  String saving() {
    return Units.money(savingPerMonth, currency, "month");
  }

  /** {@code 48.60 USD/hour (+4.4 %)}: the bound and how far the proposal is above it. */
  String bound() {
    return lowerBound <= 0
        ? "–"
        : Units.money(lowerBound, currency, "hour")
            + String.format(Locale.ROOT, " (+%.1f %%)", 100 * (perHour / lowerBound - 1));
  }
}
