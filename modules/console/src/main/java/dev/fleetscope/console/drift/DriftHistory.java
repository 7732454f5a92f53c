package dev.fleetscope.console.drift;

import java.time.Instant;
import java.util.List;

/**
 * A model's drifted share of columns day by day, each daily window against the same reference: how
 * the drift came. Filled in as the days are computed.
 *
 * @param total how many days there will be
 * @param from the end of the first day's window
 * @param to the end of the last day's window
 * @param threshold the share at which the dataset counts as drifted
 */
public record DriftHistory(List<Day> days, int total, Instant from, Instant to, double threshold) {
  public DriftHistory {
    days = List.copyOf(days);
  }

  /**
   * @param label the day the window ends on, e.g. {@code 11-20} (a window ending at midnight, the
   *     day before)
   * @param share drifted share of the columns, 0..1; NaN when the day could not be compared
   * @param note why the day could not be compared, or empty
   */
  public record Day(String label, Instant end, double share, boolean datasetDrift, String note) {}

  public boolean complete() {
    return days.size() == total;
  }
}
