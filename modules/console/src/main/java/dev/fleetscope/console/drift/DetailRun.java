package dev.fleetscope.console.drift;

import dev.fleetscope.runtime.drift.Comparison;
import dev.fleetscope.runtime.drift.DriftComputer;
import dev.fleetscope.runtime.drift.DriftOutcome;
import dev.fleetscope.runtime.drift.DriftPlan;
import dev.fleetscope.runtime.drift.MonitoredModel;
import dev.fleetscope.runtime.drift.ReportCache;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Computes what the Drift view shows for the selected model: its current outcome first, then its
 * history day by day, handing on the detail after each step, until the model is no longer wanted.
 */
final class DetailRun {
  private final ReportCache cache;
  private final DriftComputer computer;
  private final ZoneId zone;

  DetailRun(ReportCache cache, DriftComputer computer, ZoneId zone) {
    this.cache = cache;
    this.computer = computer;
    this.zone = zone;
  }

  /**
   * @param wanted false once the user has selected another model: the remaining days are left
   */
  void run(
      MonitoredModel model, DriftPlan plan, BooleanSupplier wanted, Consumer<ModelDetail> publish) {
    DriftOutcome outcome = cache.get(plan.current(), computer::compute);
    if (plan.days().isEmpty()) {
      publish.accept(DetailStates.of(model, outcome, Optional.empty(), DetailStates.NO_TIME));
      return;
    }
    if (outcome instanceof DriftOutcome.Failed) {
      publish.accept(DetailStates.of(model, outcome, Optional.empty(), DetailStates.NO_HISTORY));
      return;
    }
    List<DriftHistory.Day> days = new ArrayList<>();
    publish.accept(
        DetailStates.of(model, outcome, Optional.of(DetailStates.history(days, plan)), ""));
    for (Comparison day : plan.days()) {
      if (!wanted.getAsBoolean()) {
        return;
      }
      days.add(DetailStates.day(day, cache.get(day, computer::compute), zone));
      publish.accept(
          DetailStates.of(model, outcome, Optional.of(DetailStates.history(days, plan)), ""));
    }
  }
}
