package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.cost.billing.FocusImportException;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.runtime.cost.BillingPicture;
import dev.fleetscope.runtime.cost.DemoBilling;
import dev.fleetscope.runtime.drift.DemoModels;
import dev.fleetscope.runtime.drift.DriftComputer;
import dev.fleetscope.runtime.drift.DriftPlan;
import dev.fleetscope.runtime.drift.MonitoredModel;
import dev.fleetscope.runtime.pipelines.DemoPlacements;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;
import dev.fleetscope.simulator.pipelines.DemoPipelines;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the rules judge, for the demo fleet at one instant, as the console would have it once
 * every view has computed: the fleet with its 14 days of history, the demo pipelines' runs, every
 * demo model's drift over the last 24 hours and the demo bill. For a fixed seed and clock the same
 * at every call. Takes seconds: the history and the bill are generated.
 */
public final class DemoAlertInputs {
  private DemoAlertInputs() {}

  public static AlertInputs at(long seed, Clock clock) throws IOException {
    Simulator simulator = new Simulator(seed, clock);
    simulator.buildHistory();
    FleetSnapshot fleet = simulator.snapshot(DemoFleetSource.ID);
    List<SourceStatus> sources = new ArrayList<>();
    sources.add(live(DemoFleetSource.ID, "Demo fleet", clock));
    List<PipelineRun> runs = DemoPipelines.runsAt(seed, clock.instant());
    runs.stream().map(PipelineRun::source).distinct().forEach(s -> sources.add(live(s, s, clock)));
    return AlertInputs.none()
        .withFleet(fleet)
        .withSources(sources)
        .withRuns(PipelineFacts.of(runs, DemoPlacements.all(), Optional.of(fleet)))
        .withDrift(drift(fleet, seed, clock))
        .withCost(cost(fleet, seed, clock));
  }

  private static SourceStatus live(String id, String name, Clock clock) {
    return new SourceStatus(
        id,
        name,
        SourceState.LIVE,
        Optional.of(clock.instant()),
        Optional.empty(),
        Optional.empty());
  }

  /** Each demo model's current window (the last 24 full hours) against its reference. */
  private static List<DriftResult> drift(FleetSnapshot fleet, long seed, Clock clock) {
    DemoInferenceLogs logs = DemoInferenceLogs.startingAt(seed, fleet.at());
    DriftComputer computer = new DriftComputer(clock);
    List<DriftResult> results = new ArrayList<>();
    for (MonitoredModel.Demo model : DemoModels.of(fleet)) {
      var current = DriftPlan.of(model, fleet.at(), logs).current();
      DriftResults.of(model.name(), current, computer.compute(current)).ifPresent(results::add);
    }
    return results;
  }

  private static List<dev.fleetscope.alerts.input.CostVsForecast> cost(
      FleetSnapshot fleet, long seed, Clock clock) throws IOException {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    try (DemoBilling bill = DemoBilling.load(fleet.clusters(), today, seed)) {
      return BillingPicture.read(bill.ledger(), "demo billing", true, today)
          .map(CostForecasts::of)
          .orElse(List.of());
    } catch (FocusImportException e) {
      throw new IOException("the demo bill could not be imported: " + e.getMessage(), e);
    }
  }
}
