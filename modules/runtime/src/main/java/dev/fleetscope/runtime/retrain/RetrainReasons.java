package dev.fleetscope.runtime.retrain;

import dev.fleetscope.alerts.input.ColumnDrift;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.alerts.input.TimeWindow;
import dev.fleetscope.pipelines.trigger.RetrainReason;

/** A drift alert's evidence as the reason a retraining run carries. */
public final class RetrainReasons {
  private RetrainReasons() {}

  /**
   * @param summary the alert's one line ({@code ranker: 7 of 12 columns drifted (58%)...})
   */
  public static RetrainReason of(DriftResult drift, String summary) {
    return new RetrainReason(
        drift.model(),
        summary,
        drift.driftedShare(),
        drift.drifted().stream().map(RetrainReasons::column).toList(),
        window(drift.reference()),
        window(drift.current()));
  }

  private static RetrainReason.Column column(ColumnDrift c) {
    return new RetrainReason.Column(c.column(), c.test(), c.score(), c.threshold());
  }

  private static RetrainReason.Window window(TimeWindow w) {
    return new RetrainReason.Window(w.from(), w.to());
  }
}
