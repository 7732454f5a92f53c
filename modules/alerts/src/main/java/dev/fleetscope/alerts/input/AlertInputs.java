package dev.fleetscope.alerts.input;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceStatus;
import java.util.List;
import java.util.Optional;

/**
 * Everything rules are evaluated over, each group given or unknown. A group left unknown (the Cost
 * view was never opened, the drift scan has not finished) keeps the alerts computed from it as they
 * were; a group given empty resolves them.
 *
 * <pre>{@code
 * AlertInputs.none().withFleet(snapshot).withSources(statuses).withRuns(runs)
 * }</pre>
 *
 * @param fleet clusters, workloads and usage: OOM kills and idle GPUs
 * @param sources every source's status, fleet and pipeline sources alike
 */
public record AlertInputs(
    Optional<FleetSnapshot> fleet,
    Optional<List<RunFacts>> runs,
    Optional<List<DriftResult>> drift,
    Optional<List<ThrottlingReading>> throttling,
    Optional<List<CostVsForecast>> cost,
    Optional<List<SourceStatus>> sources) {

  public AlertInputs {
    runs = runs.map(List::copyOf);
    drift = drift.map(List::copyOf);
    throttling = throttling.map(List::copyOf);
    cost = cost.map(List::copyOf);
    sources = sources.map(List::copyOf);
  }

  /** Nothing known yet. */
  public static AlertInputs none() {
    return new AlertInputs(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public boolean knows(InputKind kind) {
    return switch (kind) {
      case FLEET -> fleet.isPresent();
      case RUNS -> runs.isPresent();
      case DRIFT -> drift.isPresent();
      case THROTTLING -> throttling.isPresent();
      case COST -> cost.isPresent();
      case SOURCES -> sources.isPresent();
    };
  }

  public AlertInputs withFleet(FleetSnapshot fleet) {
    return new AlertInputs(Optional.of(fleet), runs, drift, throttling, cost, sources);
  }

  public AlertInputs withRuns(List<RunFacts> runs) {
    return new AlertInputs(fleet, Optional.of(runs), drift, throttling, cost, sources);
  }

  public AlertInputs withDrift(List<DriftResult> drift) {
    return new AlertInputs(fleet, runs, Optional.of(drift), throttling, cost, sources);
  }

  public AlertInputs withThrottling(List<ThrottlingReading> throttling) {
    return new AlertInputs(fleet, runs, drift, Optional.of(throttling), cost, sources);
  }

  public AlertInputs withCost(List<CostVsForecast> cost) {
    return new AlertInputs(fleet, runs, drift, throttling, Optional.of(cost), sources);
  }

  public AlertInputs withSources(List<SourceStatus> sources) {
    return new AlertInputs(fleet, runs, drift, throttling, cost, Optional.of(sources));
  }
}
