package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.CostVsForecast;
import dev.fleetscope.model.FleetSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * What an evaluation judged, for a person: so that "no alerts" is never an empty success without
 * saying over what. {@code 8 rules over 3 clusters (417 workloads), 1,234 pipeline runs, the drift
 * of 9 models, the bill through 2026-11-22 and 4 sources; not judged: CPU throttling (no
 * readings)}.
 */
public final class InputsSummary {
  private InputsSummary() {}

  public static String describe(List<AlertRule> rules, AlertInputs inputs) {
    long enabled = rules.stream().filter(AlertRule::enabled).count();
    List<String> judged = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    inputs
        .fleet()
        .ifPresentOrElse(f -> judged.add(fleet(f)), () -> unknown.add("the fleet (no snapshot)"));
    inputs
        .runs()
        .ifPresentOrElse(
            r -> judged.add(count(r.size(), "pipeline run")),
            () -> unknown.add("pipeline runs (no source)"));
    inputs
        .drift()
        .ifPresentOrElse(
            d -> judged.add("the drift of " + count(d.size(), "model")),
            () -> unknown.add("model drift (not computed)"));
    inputs
        .cost()
        .ifPresentOrElse(
            c -> judged.add(cost(c)), () -> unknown.add("cost against forecast (no bill)"));
    inputs
        .throttling()
        .ifPresentOrElse(
            t -> judged.add(count(t.size(), "throttling reading")),
            () -> unknown.add("CPU throttling (no readings)"));
    inputs.sources().ifPresent(s -> judged.add(count(s.size(), "source")));
    return count(enabled, "rule")
        + " over "
        + join(judged)
        + (unknown.isEmpty() ? "" : "; not judged: " + String.join(", ", unknown));
  }

  private static String fleet(FleetSnapshot fleet) {
    return count(fleet.clusters().size(), "cluster")
        + " ("
        + count(fleet.workloads().count(), "workload")
        + ")";
  }

  private static String cost(List<CostVsForecast> days) {
    return days.isEmpty()
        ? "a bill too short to forecast"
        : "the bill of " + days.getFirst().day() + " against its forecast";
  }

  private static String count(long n, String noun) {
    return String.format(java.util.Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  private static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
  }
}
