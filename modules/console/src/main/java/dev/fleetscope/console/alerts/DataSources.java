package dev.fleetscope.console.alerts;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.CostVsForecast;
import dev.fleetscope.alerts.input.InputKind;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each kind of alert was judged from, as the statuses of the sources that gave it, so that a
 * wall tile can say how old its own data is. The fleet's alerts (OOM kills, idle GPUs, throttling)
 * come from the fleet's sources, the pipelines' from the pipeline sources, a source's alert from
 * that source. The drift scan and the bill have no source status of their own: each stands as a
 * live one whose last report is the end of its newest data (the latest current window, the latest
 * billed day).
 */
public record DataSources(Map<InputKind, List<SourceStatus>> byInput) {
  public static final DataSources NONE = new DataSources(Map.of());

  public DataSources {
    byInput = Map.copyOf(byInput);
  }

  public static DataSources of(AlertInputs inputs, Instant now) {
    Map<InputKind, List<SourceStatus>> by = new EnumMap<>(InputKind.class);
    List<SourceStatus> fleet = inputs.fleet().map(FleetSnapshot::sources).orElse(List.of());
    if (inputs.fleet().isPresent()) {
      by.put(InputKind.FLEET, fleet);
      by.put(InputKind.THROTTLING, fleet);
    }
    inputs
        .sources()
        .ifPresent(
            all -> {
              Set<String> fleetIds =
                  fleet.stream().map(SourceStatus::sourceId).collect(Collectors.toSet());
              by.put(InputKind.SOURCES, all);
              by.put(
                  InputKind.RUNS,
                  all.stream().filter(s -> !fleetIds.contains(s.sourceId())).toList());
            });
    inputs
        .drift()
        .flatMap(
            results -> results.stream().map(r -> r.current().to()).max(Comparator.naturalOrder()))
        .ifPresent(at -> by.put(InputKind.DRIFT, List.of(live("drift", "drift scan", at, now))));
    inputs
        .cost()
        .flatMap(days -> days.stream().map(CostVsForecast::day).max(Comparator.naturalOrder()))
        .map(day -> day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
        .ifPresent(at -> by.put(InputKind.COST, List.of(live("cost", "bill", at, now))));
    return new DataSources(by);
  }

  /** The sources behind an alert's value; empty when they are not known (yet). */
  public List<SourceStatus> behind(Alert alert) {
    InputKind input = alert.kind().input();
    List<SourceStatus> sources = byInput.getOrDefault(input, List.of());
    if (input != InputKind.SOURCES) {
      return sources;
    }
    return sources.stream()
        .filter(s -> alert.subject().key().equals("source:" + s.sourceId()))
        .toList();
  }

  /** A status for data without a source of its own, never later than now. */
  private static SourceStatus live(String id, String name, Instant dataEnd, Instant now) {
    Instant at = dataEnd.isAfter(now) ? now : dataEnd;
    return new SourceStatus(
        id, name, SourceState.LIVE, Optional.of(at), Optional.empty(), Optional.empty());
  }
}
