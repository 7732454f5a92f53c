package dev.fleetscope.console.drift;

import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.drift.DriftReport;
import dev.fleetscope.runtime.drift.DriftOutcome;
import dev.fleetscope.runtime.drift.MonitoredModel;
import java.time.Instant;

/**
 * One model in the Drift view's list: its current window against its reference, in a word and a
 * share.
 *
 * @param drifted columns that drifted, of {@code tested}
 * @param share drifted share of the tested columns, 0..1 (NaN until computed)
 * @param computedAt when the outcome was computed (null while pending)
 * @param message why it failed, or empty
 */
public record ModelRow(
    String id,
    String name,
    String origin,
    Status status,
    long drifted,
    long tested,
    double share,
    Instant computedAt,
    String message) {

  /** In increasing order of concern, so that a sort by status puts drifting models first. */
  public enum Status {
    PENDING("computing…"),
    NO_DRIFT("no drift"),
    FAILED("cannot compute"),
    COLUMN_DRIFT("columns drift"),
    DATASET_DRIFT("dataset drift");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  static ModelRow pending(MonitoredModel model) {
    return new ModelRow(
        model.id(), model.name(), model.origin(), Status.PENDING, 0, 0, Double.NaN, null, "");
  }

  static ModelRow of(MonitoredModel model, DriftOutcome outcome) {
    return switch (outcome) {
      case DriftOutcome.Failed f ->
          new ModelRow(
              model.id(),
              model.name(),
              model.origin(),
              Status.FAILED,
              0,
              0,
              Double.NaN,
              f.computedAt(),
              f.message());
      case DriftOutcome.Computed c -> {
        DriftReport r = c.report();
        long tested =
            r.columns().stream().filter(col -> col instanceof ColumnResult.Tested).count();
        Status status =
            r.datasetDrift()
                ? Status.DATASET_DRIFT
                : r.driftedColumns() > 0 ? Status.COLUMN_DRIFT : Status.NO_DRIFT;
        yield new ModelRow(
            model.id(),
            model.name(),
            model.origin(),
            status,
            r.driftedColumns(),
            tested,
            r.driftShare(),
            c.computedAt(),
            "");
      }
    };
  }

  /** {@code 5 of 8 columns}, or nothing before there is a report. */
  public String columnsText() {
    return status == Status.PENDING || status == Status.FAILED
        ? ""
        : drifted + " of " + tested + " columns";
  }

  public boolean drifting() {
    return status == Status.COLUMN_DRIFT || status == Status.DATASET_DRIFT;
  }
}
