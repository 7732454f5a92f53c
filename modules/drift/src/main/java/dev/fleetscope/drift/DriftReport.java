package dev.fleetscope.drift;

import java.util.List;

/**
 * Drift of every column between a reference and a current window. {@code driftShare} is the drifted
 * share of the tested columns (empty columns are left out); the dataset drifts when that share
 * reaches {@code driftShareThreshold}.
 */
public record DriftReport(
    List<ColumnResult> columns,
    double driftShare,
    boolean datasetDrift,
    double driftShareThreshold) {

  public DriftReport {
    columns = List.copyOf(columns);
  }

  /**
   * The report of columns compared one by one (e.g. {@link HistogramDrift}'s), with its drifted
   * share.
   */
  public static DriftReport of(List<ColumnResult> columns, double driftShareThreshold) {
    long tested = columns.stream().filter(c -> c instanceof ColumnResult.Tested).count();
    long drifted =
        columns.stream().filter(c -> c instanceof ColumnResult.Tested t && t.drift()).count();
    double share = tested == 0 ? 0.0 : (double) drifted / tested;
    return new DriftReport(
        columns, share, tested > 0 && share >= driftShareThreshold, driftShareThreshold);
  }

  /** The result for one column, if the report has it. */
  public java.util.Optional<ColumnResult> column(String name) {
    return columns.stream().filter(c -> c.column().equals(name)).findFirst();
  }

  public long driftedColumns() {
    return columns.stream().filter(c -> c instanceof ColumnResult.Tested t && t.drift()).count();
  }
}
