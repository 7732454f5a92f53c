package dev.fleetscope.console.drift;

import dev.fleetscope.drift.DriftOptions;
import dev.fleetscope.runtime.drift.Comparison;
import dev.fleetscope.runtime.drift.DriftOutcome;
import dev.fleetscope.runtime.drift.DriftPlan;
import dev.fleetscope.runtime.drift.MonitoredModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Builds the selected model's {@link ModelDetail} as its outcome and history days arrive. */
final class DetailStates {
  static final String NO_TIME =
      "A reference and a current file have no time, so there is no daily history: "
          + "add one log with a timestamp column to follow drift day by day.";
  static final String NO_HISTORY = "No daily history: the current window could not be compared.";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

  private DetailStates() {}

  /** A model just selected, before its outcome is there: its name and where it comes from. */
  static ModelDetail computing(ModelRow row) {
    return new ModelDetail(
        row.id(), row.name(), row.origin(), row, Optional.empty(), List.of(), Optional.empty(), "");
  }

  static ModelDetail of(
      MonitoredModel model, DriftOutcome outcome, Optional<DriftHistory> history, String note) {
    List<ColumnRow> columns =
        outcome instanceof DriftOutcome.Computed c
            ? c.report().columns().stream().map(ColumnRow::of).toList()
            : List.of();
    return new ModelDetail(
        model.id(),
        model.name(),
        model.origin(),
        ModelRow.of(model, outcome),
        Optional.of(outcome),
        columns,
        history,
        note);
  }

  static DriftHistory history(List<DriftHistory.Day> days, DriftPlan plan) {
    return new DriftHistory(
        days,
        plan.days().size(),
        end(plan.days().getFirst()),
        end(plan.days().getLast()),
        DriftOptions.DEFAULT_DRIFT_SHARE);
  }

  /**
   * A day labelled by the date its window ends on (a window ending at midnight belongs to the day
   * before).
   */
  static DriftHistory.Day day(Comparison day, DriftOutcome outcome, ZoneId zone) {
    Instant end = end(day);
    String label = DAY.format(end.minusNanos(1).atZone(zone));
    return switch (outcome) {
      case DriftOutcome.Computed c ->
          new DriftHistory.Day(label, end, c.report().driftShare(), c.report().datasetDrift(), "");
      case DriftOutcome.Failed f ->
          new DriftHistory.Day(label, end, Double.NaN, false, f.message());
    };
  }

  private static Instant end(Comparison day) {
    return switch (day) {
      case Comparison.Demo d -> d.current().end();
      case Comparison.Log l -> l.current().end();
      case Comparison.Pair p -> throw new IllegalArgumentException("a pair of files has no days");
    };
  }
}
