package dev.fleetscope.alerts.input;

import java.util.List;

/**
 * A model's current data compared with its reference, column by column: the input of {@code
 * dataset-drift} rules, built by the app from the drift module's report so that alerts need not
 * know that module.
 *
 * @param columns every column tested, drifted or not
 * @param placement where the model is served, when the app knows more than the fleet snapshot says
 *     (the snapshot's workloads labelled with the model are added to it)
 */
public record DriftResult(
    String model,
    List<ColumnDrift> columns,
    TimeWindow reference,
    TimeWindow current,
    Placement placement)
    implements Evidence {
  public DriftResult {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("a drift result names its model");
    }
    columns = List.copyOf(columns);
  }

  public List<ColumnDrift> drifted() {
    return columns.stream().filter(ColumnDrift::drifted).toList();
  }

  /** Drifted columns over columns tested (Evidently's share); NaN when none was tested. */
  public double driftedShare() {
    return columns.isEmpty() ? Double.NaN : (double) drifted().size() / columns.size();
  }
}
