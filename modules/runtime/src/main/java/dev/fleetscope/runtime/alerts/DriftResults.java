package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.input.ColumnDrift;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.TimeWindow;
import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.runtime.drift.Comparison;
import dev.fleetscope.runtime.drift.DriftOutcome;
import java.util.List;
import java.util.Optional;

/**
 * The drift module's report as the alerts module reads it. Only comparisons of two time windows
 * count: a pair of files has no time to put in a retraining run's reason, so the Drift view shows
 * it and no rule judges it.
 */
public final class DriftResults {
  private DriftResults() {}

  /** The result of a model's current comparison; empty while failed or without windows. */
  public static Optional<DriftResult> of(
      String model, Comparison comparison, DriftOutcome outcome) {
    if (!(outcome instanceof DriftOutcome.Computed computed)) {
      return Optional.empty();
    }
    Optional<TimeWindow[]> windows = windows(comparison);
    if (windows.isEmpty()) {
      return Optional.empty();
    }
    List<ColumnDrift> columns =
        computed.report().columns().stream()
            .filter(c -> c instanceof ColumnResult.Tested)
            .map(c -> (ColumnResult.Tested) c)
            .map(
                t ->
                    new ColumnDrift(
                        t.column(), t.test().label(), t.score(), t.threshold(), t.drift()))
            .toList();
    return Optional.of(
        new DriftResult(
            model, columns, windows.get()[0], windows.get()[1], Placement.ofModel(model)));
  }

  private static Optional<TimeWindow[]> windows(Comparison comparison) {
    return switch (comparison) {
      case Comparison.Demo d -> Optional.of(new TimeWindow[] {of(d.reference()), of(d.current())});
      case Comparison.Log l -> Optional.of(new TimeWindow[] {of(l.reference()), of(l.current())});
      case Comparison.Pair p -> Optional.empty();
    };
  }

  private static TimeWindow of(dev.fleetscope.drift.source.TimeWindow window) {
    return new TimeWindow(window.start(), window.end());
  }
}
